"""Schema of the knowledge files (see knowledge/README.md)."""

from datetime import date
from enum import Enum
from typing import Dict, List, Literal, Optional, Union

from pydantic import BaseModel, Extra, Field, HttpUrl, conlist, constr, validator


class Theme(str, Enum):
    algemeen = "algemeen"
    psa = "psa"
    personeelstekorten = "personeelstekorten"
    ai = "ai"
    vergrijzing = "vergrijzing"
    mantelzorg = "mantelzorg"
    regelingen = "regelingen"
    crisis = "crisis"


class Kind(str, Enum):
    advice = "advice"
    context = "context"
    figures = "figures"
    link = "link"
    regulation = "regulation"
    referral = "referral"
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
    # How to apply for a regulation, as far as the checked facts say.
    apply: Optional[Sentence] = None

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


class Button(Strict):
    title: Sentence
    payload: constr(min_length=1)


class Phrase(Strict):
    text: constr(min_length=1)
    buttons: List[Button] = []


class PhrasesFile(Strict):
    version: Literal[1]
    phrases: Dict[constr(regex=r"^[a-z0-9_]+$"), Phrase]
