"""The organisation's own contacts and cao, from WERKSTRESS_ORGANISATION=<path to a YAML file>.

Without the variable the bot keeps its generic wording ("vraag het HR", "uw cao"). With it,
the file is validated at start-up (the action server stops with the file and field named)
and its contacts appear wherever the bot sends people to HR, the bedrijfsarts, a
vertrouwenspersoon or the cao. See organisation.example.yml.
"""

import os
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional

import yaml
from pydantic import BaseModel, Extra, HttpUrl, ValidationError, constr, root_validator

ENVIRONMENT_VARIABLE = "WERKSTRESS_ORGANISATION"

# The slots that carry the wording into every response, with the generic wording as default
# (also the slots' initial values in domain.yml; tests/test_organisation.py keeps them equal).
GENERIC_WORDING: Dict[str, str] = {
    "hr_contact": "HR",
    "cao_reference": "uw cao",
    "doctor_contact": "de bedrijfsarts",
    "confidant_contact": (
        "een vertrouwenspersoon, als uw organisatie die heeft (dat is een advies, geen wettelijke plicht)"
    ),
}

Text = constr(strip_whitespace=True, min_length=2, max_length=200)
Phone = constr(strip_whitespace=True, regex=r"^\+?[0-9][0-9 \-()]{2,20}$")
Email = constr(strip_whitespace=True, regex=r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")


class OrganisationError(Exception):
    """A settings file that cannot be used; the message names the file and the field."""


class _Strict(BaseModel):
    class Config:
        extra = Extra.forbid


class Contact(_Strict):
    """A person or desk: a name or role, and at least one way to reach them."""

    name: Text
    phone: Optional[Phone] = None
    email: Optional[Email] = None
    page: Optional[HttpUrl] = None

    @root_validator(skip_on_failure=True)
    def reachable(cls, values):
        if not any(values.get(field) for field in ("phone", "email", "page")):
            raise ValueError("give at least one of phone, email or page")
        return values

    def details(self) -> str:
        """ "HR-servicedesk: telefoon 030 123 45 67, e-mail hr@voorbeeld.nl, https://…" """
        ways = [f"telefoon {self.phone}" if self.phone else "", f"e-mail {self.email}" if self.email else ""]
        ways.append(str(self.page) if self.page else "")
        return f"{self.name}: " + ", ".join(way for way in ways if way)


class Contacts(_Strict):
    hr: Optional[Contact] = None
    bedrijfsarts: Optional[Contact] = None
    vertrouwenspersoon: Optional[Contact] = None


class Cao(_Strict):
    name: Text
    url: Optional[HttpUrl] = None


class Organisation(_Strict):
    name: Text
    contacts: Contacts = Contacts()
    cao: Optional[Cao] = None
    # The intranet page on leave and care arrangements.
    leave_page: Optional[HttpUrl] = None

    def wording(self) -> Dict[str, str]:
        """The slot values: the generic wording with this organisation's contacts added."""
        wording = dict(GENERIC_WORDING)
        contacts = self.contacts
        if contacts.hr:
            wording["hr_contact"] = f"HR ({contacts.hr.details()})"
        if contacts.bedrijfsarts:
            wording["doctor_contact"] = f"de bedrijfsarts ({contacts.bedrijfsarts.details()})"
        if contacts.vertrouwenspersoon:
            wording["confidant_contact"] = f"de vertrouwenspersoon ({contacts.vertrouwenspersoon.details()})"
        if self.cao:
            wording["cao_reference"] = f"uw cao ({self.cao.name}{': ' + str(self.cao.url) if self.cao.url else ''})"
        if self.leave_page and contacts.hr:
            wording["hr_contact"] = wording["hr_contact"][:-1] + f"; over verlof: {self.leave_page})"
        elif self.leave_page:
            wording["hr_contact"] = f"HR (over verlof: {self.leave_page})"
        return wording


def load_organisation(path: Path) -> Organisation:
    """The settings in `path`, or OrganisationError naming the file and the field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise OrganisationError(f"{path}: cannot be read ({error.strerror})") from None
    except yaml.YAMLError as error:
        raise OrganisationError(f"{path}: not valid YAML ({error})") from None
    if not isinstance(data, dict):
        raise OrganisationError(f"{path}: expected a mapping with at least 'name'")
    try:
        return Organisation.parse_obj(data)
    except ValidationError as error:
        problems: List[str] = [
            f"{path}: {'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}" for problem in error.errors()
        ]
        raise OrganisationError("\n".join(problems)) from None


@lru_cache(maxsize=1)
def configured_organisation() -> Optional[Organisation]:
    """The organisation named by WERKSTRESS_ORGANISATION, or None for the generic wording."""
    path = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    return load_organisation(Path(path)) if path else None


def organisation_wording() -> Dict[str, str]:
    organisation = configured_organisation()
    return organisation.wording() if organisation else dict(GENERIC_WORDING)
