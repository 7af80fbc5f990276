"""Retention and erasure of stored conversations."""
