"""Schema of the knowledge files (see knowledge/README.md)."""

from datetime import date
from enum import Enum
from typing import List, Literal, Optional, Union

from pydantic import BaseModel, Extra, Field, HttpUrl, conlist, constr, validator

from actions.registry import KNOWLEDGE_THEMES

# Theme names come from the one registry that the domain and the actions use too.
Theme = Enum("Theme", {name: name for name in KNOWLEDGE_THEMES}, type=str)


class Kind(str, Enum):
    advice = "advice"
    context = "context"
    figures = "figures"
    link = "link"
    regulation = "regulation"
    referral = "referral"
    # A plain-language explanation of a term ("wat bedoel je met arbeidsduur?").
    definition = "definition"
    about = "about"


class Audience(str, Enum):
    leidinggevende = "leidinggevende"
    medewerker = "medewerker"
    hr = "hr"


class Strict(BaseModel):
    class Config:
        extra = Extra.forbid
        anystr_strip_whitespace = True


class BrochureSource(Strict):
    type: Literal["brochure"]
    section: constr(min_length=3)


class WebSource(Strict):
    """A checked fact from shared/domain: a public page, or a law article without its own page."""

    type: Literal["web"]
    urls: List[HttpUrl] = []
    reference: Optional[constr(min_length=3)] = None
    checked_on: date

    @validator("reference", always=True)
    def urls_or_reference(cls, reference, values):
        if not values.get("urls") and not reference:
            raise ValueError("a web source needs urls or a reference (e.g. 'Arbowet art. 18')")
        return reference


class AdviceSource(Strict):
    """Good practice without a checked legal source: shown as advice, never with a check date."""

    type: Literal["advice"]
    note: constr(min_length=10)


class Entitlement(Strict):
    weeks_of_hours: float = Field(gt=0, le=52)
    paid: bool
    pay_rule: constr(min_length=10)


ItemId = constr(regex=r"^[a-z0-9][a-z0-9.\-]*$", min_length=3)
Sentence = constr(min_length=2)


class EmployerWording(Strict):
    """A regulation told to the employer's side: "uw medewerker" instead of "u"."""

    text: constr(min_length=10)
    pay: Optional[Sentence] = None
    refusal: Optional[Sentence] = None
    apply: Optional[Sentence] = None


class Item(Strict):
    id: ItemId
    theme: Theme
    subtopic: constr(min_length=2)
    kind: Kind
    audience: conlist(Audience, min_items=1)
    title: Sentence
    text: constr(min_length=10)
    points: List[Sentence] = []
    source: Union[BrochureSource, WebSource, AdviceSource] = Field(..., discriminator="type")
    links: List[ItemId] = []
    keywords: List[Sentence] = []
    # Example user questions this item answers, matched by the free-text search.
    questions: List[Sentence] = []
    url: Optional[HttpUrl] = None
    entitlement: Optional[Entitlement] = None
    refusal: Optional[Sentence] = None
    # Regulations: pay (when there is no entitlement in hours), how to apply and for whom,
    # as far as the checked facts say; `employer` says the same to a manager or HR.
    pay: Optional[Sentence] = None
    apply: Optional[Sentence] = None
    relations: Optional[Sentence] = None
    employer: Optional[EmployerWording] = None
    # Definitions: the words a user may use for the term.
    terms: List[Sentence] = []

    @validator("url", always=True)
    def link_items_have_a_url(cls, url, values):
        if values.get("kind") == Kind.link and url is None:
            raise ValueError("an item of kind 'link' needs a url")
        return url


class KnowledgeFile(Strict):
    version: Literal[1]
    items: conlist(Item, min_items=1)


class CoverageAnchor(Strict):
    anchor: constr(min_length=5)
    items: conlist(ItemId, min_items=1)


class CoverageFile(Strict):
    version: Literal[1]
    anchors: conlist(CoverageAnchor, min_items=1)
