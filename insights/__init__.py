"""What content owners can see without personal data: feedback counts and the usage report."""
