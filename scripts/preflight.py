"""Checks before start-up that the tracker store's database can be reached.

Rasa's SQL tracker store retries a database it cannot reach for ever; this check stops
`make run` at once with the database and the setting named, and exit code 1.

    python scripts/preflight.py [endpoints.yml]
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def organisation_settings_usable() -> bool:
    """WERKSTRESS_ORGANISATION, when set, names a valid settings file."""
    from actions.organisation import ENVIRONMENT_VARIABLE, OrganisationError, configured_organisation

    try:
        configured_organisation()
    except OrganisationError as error:
        print(f"error: invalid organisation settings ({ENVIRONMENT_VARIABLE})\n{error}", file=sys.stderr)
        return False
    return True


def main() -> int:
    if not organisation_settings_usable():
        return 1
    endpoints = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "endpoints.yml"
    try:
        import sqlalchemy as sa

        from privacy.retention import engine_from_endpoints

        engine = engine_from_endpoints(endpoints)
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except Exception as error:  # any driver error means the same to the operator
        where = getattr(locals().get("engine"), "url", None)
        shown = where.render_as_string(hide_password=True) if where is not None else "(not configured)"
        print(
            f"error: the conversation database cannot be reached: {shown}\n"
            f"       check tracker_store in {endpoints} ({type(error).__name__}: {str(error).splitlines()[0][:200]})",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
