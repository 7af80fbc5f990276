"""Custom actions of the werkstress assistant.

The knowledge files are loaded and checked when this package is imported, so a
malformed file stops the action server at start-up instead of at the first question;
the search index is built then too, so the first user does not wait for it.
"""

import logging
import sys

from actions.content import knowledge_base
from actions.knowledge import KnowledgeError
from actions.organisation import ENVIRONMENT_VARIABLE, OrganisationError, configured_organisation
from actions.search import full_index, link_index
from insights.content_age import max_age_months, stale_items

try:
    knowledge_base()
except KnowledgeError as error:
    sys.stderr.write(f"error: invalid knowledge file\n{error}\n")
    raise SystemExit(1)
try:
    configured_organisation()
except OrganisationError as error:
    sys.stderr.write(f"error: invalid organisation settings ({ENVIRONMENT_VARIABLE})\n{error}\n")
    raise SystemExit(1)
full_index()
link_index()

# A content owner sees at start-up which checked facts are due for a new check.
for _item_id, _checked_on, _urls in stale_items(knowledge_base()):
    logging.getLogger(__name__).warning(
        "Knowledge item %s was last checked on %s (older than %d months): check %s",
        _item_id,
        _checked_on.isoformat(),
        max_age_months(),
        ", ".join(_urls) or "its reference",
    )
