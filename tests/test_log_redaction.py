"""A failing action's error response holds the conversation; the logs must not."""

import io
import logging

from privacy.log_redaction import RedactConversationData


class _ClientResponseError(Exception):
    pass


class _RasaException(Exception):
    pass


def _logged(emit) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactConversationData())
    logger = logging.getLogger("test.log_redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        emit(logger)
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_a_failed_action_logs_which_action_but_not_the_conversation():
    marker = "Merkzin0123456789"
    body = (
        '{"error":"maximum recursion depth exceeded","request_body":{"next_action":"action_default_fallback",'
        f'"sender_id":"webchat-abc","tracker":{{"latest_message":{{"text":"mijn vader {marker}"}}}}}}}}'
    )

    def emit(logger):
        try:
            try:
                raise _ClientResponseError(f"500, Internal Server Error, body='{body}'")
            except _ClientResponseError as error:
                raise _RasaException("Failed to execute custom action 'action_default_fallback'") from error
        except _RasaException:
            logger.error("Encountered an exception while running action 'action_default_fallback'.", exc_info=True)

    text = _logged(emit)
    assert marker not in text and "webchat-abc" not in text and "request_body" not in text
    assert "action_default_fallback" in text and "_ClientResponseError" in text


def test_other_records_pass_unchanged():
    text = _logged(lambda logger: logger.warning("Retention: purged %d conversations", 3))
    assert "WARNING Retention: purged 3 conversations" in text
