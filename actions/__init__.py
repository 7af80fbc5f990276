"""Custom actions of the werkstress assistant.

The knowledge files are loaded and checked when this package is imported, so a
malformed file stops the action server at start-up instead of at the first question.
"""
import sys

from actions.knowledge import KnowledgeError
from actions.content import knowledge_base

try:
    knowledge_base()
except KnowledgeError as error:
    sys.stderr.write(f"error: invalid knowledge file\n{error}\n")
    raise SystemExit(1)
