"""Custom actions of the werkstress assistant.

The knowledge files are loaded and checked when this package is imported, so a
malformed file stops the action server at start-up instead of at the first question;
the search index is built then too, so the first user does not wait for it.
"""

import sys

from actions.content import knowledge_base
from actions.knowledge import KnowledgeError
from actions.search import full_index, link_index

try:
    knowledge_base()
except KnowledgeError as error:
    sys.stderr.write(f"error: invalid knowledge file\n{error}\n")
    raise SystemExit(1)
full_index()
link_index()
