"""The project's own Rasa input channels (registered in credentials.yml)."""
