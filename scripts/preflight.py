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


def _with_environment(endpoints: Path) -> Path:
    """endpoints-cluster.yml takes its settings from the environment, as Rasa reads it: `${VAR}`
    filled in (an unset one stops here, as it stops Rasa). The filled-in copy holds a password, so
    it is readable by this user only and deleted at once (see main)."""
    import os
    import re
    import tempfile

    text = endpoints.read_text(encoding="utf-8")
    names = re.findall(r"\$\{([^}]+)\}", text)
    if not names:
        return endpoints
    unset = [name for name in names if name not in os.environ]
    if unset:
        raise ValueError(f"environment variables not set: {', '.join(sorted(set(unset)))}")
    filled = re.sub(r"\$\{([^}]+)\}", lambda match: os.environ[match.group(1)], text)
    handle, path = tempfile.mkstemp(suffix=".yml")
    with os.fdopen(handle, "w") as copy:
        copy.write(filled)
    _FILLED.append(Path(path))
    return Path(path)


_FILLED = []


def main() -> int:
    if not organisation_settings_usable():
        return 1
    endpoints = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "endpoints.yml"
    try:
        import sqlalchemy as sa

        from privacy.retention import engine_from_endpoints

        engine = engine_from_endpoints(_with_environment(endpoints))
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
    finally:
        for path in _FILLED:
            path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
