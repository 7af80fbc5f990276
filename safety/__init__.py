"""Safety checks that run before any intent handling (crisis signals in a user's message)."""
