"""Builds the Teams app package: teams/werkstress-assistent.zip (`make teams-package`).

The zip holds manifest.json (personal scope only, Dutch), a 192×192 colour icon and a 32×32
transparent white outline icon, both drawn here. The manifest is validated offline against the
JSON schema bundled in the npm package @microsoft/app-manifest (pinned in teams/package.json;
`npm ci` installs it into teams/node_modules on first use) by teams/validate-manifest.mjs.

From the environment:

    TEAMS_APP_ID           the Azure Bot's Microsoft App ID: the bot id, and the app's id
    TEAMS_APP_VERSION      the app version (default 1.0.0); raise it for every new upload
    TEAMS_DEVELOPER_NAME   the organisation that offers the app (at most 32 characters)
    TEAMS_DEVELOPER_URL    its web site (https://); TEAMS_PRIVACY_URL and TEAMS_TERMS_URL default
                           to <TEAMS_DEVELOPER_URL>/privacy and /gebruiksvoorwaarden

Without TEAMS_APP_ID the manifest gets the placeholder id 00000000-0000-0000-0000-000000000000
and a warning: such a package validates, but Teams cannot reach a bot with it.
"""

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Dict, List, Tuple

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
TEAMS = ROOT / "teams"
OUTPUT = TEAMS / "werkstress-assistent.zip"
MANIFEST_VERSION = "1.30"  # the newest released schema in @microsoft/app-manifest 1.1.2
PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000"
ACCENT = (31, 94, 120)  # #1F5E78
WHITE = (255, 255, 255)
# A fixed date for the zip entries, so that the same inputs give the same package.
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


def environment_values(environ: Dict[str, str]) -> Tuple[Dict[str, str], List[str]]:
    warnings = []
    app_id = environ.get("TEAMS_APP_ID", "").strip()
    if not app_id:
        app_id = PLACEHOLDER_ID
        warnings.append(
            f"TEAMS_APP_ID is not set: the manifest has the placeholder id {PLACEHOLDER_ID}. "
            "Set it to the Azure Bot's Microsoft App ID before uploading the package."
        )
    website = environ.get("TEAMS_DEVELOPER_URL", "").strip().rstrip("/")
    if not website:
        website = "https://www.example.org"
        warnings.append("TEAMS_DEVELOPER_URL is not set: the manifest points to https://www.example.org.")
    values = {
        "app_id": app_id,
        "version": environ.get("TEAMS_APP_VERSION", "").strip() or "1.0.0",
        "developer": environ.get("TEAMS_DEVELOPER_NAME", "").strip() or "Uw organisatie",
        "website": website,
        "privacy": environ.get("TEAMS_PRIVACY_URL", "").strip() or f"{website}/privacy",
        "terms": environ.get("TEAMS_TERMS_URL", "").strip() or f"{website}/gebruiksvoorwaarden",
    }
    if not environ.get("TEAMS_DEVELOPER_NAME", "").strip():
        warnings.append("TEAMS_DEVELOPER_NAME is not set: the manifest names 'Uw organisatie'.")
    return values, warnings


def manifest(values: Dict[str, str]) -> Dict:
    return {
        "$schema": f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json",
        "manifestVersion": MANIFEST_VERSION,
        "version": values["version"],
        "id": values["app_id"],
        "localizationInfo": {"defaultLanguageTag": "nl-nl"},
        "developer": {
            "name": values["developer"],
            "websiteUrl": values["website"],
            "privacyUrl": values["privacy"],
            "termsOfUseUrl": values["terms"],
        },
        "name": {"short": "Werkstress-assistent", "full": "Werkstress-assistent: werkstress, mantelzorg en zorgverlof"},
        "description": {
            "short": "Digitale assistent over werkstress voorkomen, mantelzorg en zorgverlof.",
            "full": (
                "De Werkstress-assistent is een digitale assistent, geen mens. Leidinggevenden en HR "
                "beschrijven een situatie (een medewerker die mantelzorger is, de komst van AI, een ouder "
                "wordend team, personeelstekorten, werkdruk) en krijgen de adviezen, cijfers en links uit "
                "de brochure 'Werkstress onder medewerkers voorkomen of verminderen' van TNO en RIVM. "
                "Medewerkers vragen naar calamiteitenverlof, kortdurend en langdurend zorgverlof en "
                "flexibel werken, uitgerekend voor hun eigen uren per week.\n\n"
                "De assistent werkt alleen in een persoonlijke chat: vragen over zorg en gezondheid horen "
                "niet in een groep waar anderen meelezen. Gesprekken worden een beperkte tijd bewaard en "
                "daarna gewist; met 'wis mijn gesprek' wist u uw gesprek meteen. Bij gedachten aan "
                "zelfdoding verwijst de assistent naar 113 en 112."
            ),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*ACCENT),
        "bots": [
            {
                "botId": values["app_id"],
                "scopes": ["personal"],
                "isNotificationOnly": False,
                "supportsFiles": False,
                "supportsCalling": False,
                "supportsVideo": False,
                "commandLists": [
                    {
                        "scopes": ["personal"],
                        "commands": [
                            {"title": "Hallo", "description": "Begin een gesprek en kies een onderwerp."},
                            {
                                "title": "Zorgverlof",
                                "description": "Calamiteitenverlof, kortdurend en langdurend zorgverlof.",
                            },
                            {"title": "Samenvatting", "description": "Een samenvatting van dit gesprek."},
                            {"title": "Wis mijn gesprek", "description": "Wist uw gesprek meteen bij ons."},
                        ],
                    }
                ],
            }
        ],
        "defaultInstallScope": "personal",
    }


def _bubble(draw: ImageDraw.ImageDraw, size: int, fill=None, outline=None, width: int = 1) -> None:
    """A speech bubble with three lines of text, scaled to the icon."""
    s = size / 32
    box = [round(4 * s), round(5 * s), round(28 * s), round(22 * s)]
    draw.rounded_rectangle(box, radius=round(5 * s), fill=fill, outline=outline, width=width)
    tail = [(round(9 * s), round(21 * s)), (round(9 * s), round(27 * s)), (round(15 * s), round(21 * s))]
    draw.polygon(tail, fill=fill if fill else outline)
    for row, right in ((10, 23), (13.5, 21), (17, 18)):
        y = round(row * s)
        draw.line([(round(9 * s), y), (round(right * s), y)], fill=ACCENT if fill else outline, width=max(1, round(s)))


def color_icon() -> bytes:
    image = Image.new("RGB", (192, 192), ACCENT)
    # The bubble fills the middle part of the icon, leaving the background as its margin.
    inner = Image.new("RGBA", (128, 128), (0, 0, 0, 0))
    _bubble(ImageDraw.Draw(inner), 128, fill=WHITE + (255,))
    image.paste(inner, (32, 32), inner)
    return _png(image)


def outline_icon() -> bytes:
    image = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    _bubble(ImageDraw.Draw(image), 32, outline=WHITE + (255,), width=2)
    # Teams wants white on transparent only: every visible pixel becomes pure white.
    pixels = image.load()
    for x in range(32):
        for y in range(32):
            alpha = pixels[x, y][3]
            pixels[x, y] = (255, 255, 255, alpha) if alpha else (0, 0, 0, 0)
    return _png(image)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def ensure_validator() -> None:
    if (TEAMS / "node_modules" / "@microsoft" / "app-manifest" / "package.json").exists():
        return
    if not shutil.which("npm"):
        raise SystemExit("error: npm is needed once, to install @microsoft/app-manifest into teams/node_modules")
    print("==> Installing the manifest schema (npm package @microsoft/app-manifest, pinned)")
    subprocess.run(
        ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], cwd=TEAMS, check=True
    )


def validate(manifest_path: Path) -> Dict:
    ensure_validator()
    result = subprocess.run(
        ["node", str(TEAMS / "validate-manifest.mjs"), str(manifest_path)], capture_output=True, text=True
    )
    try:
        report = json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise SystemExit(f"error: the manifest validator failed:\n{result.stdout}{result.stderr}")
    return report


def build(output: Path, environ: Dict[str, str]) -> Dict:
    values, warnings = environment_values(environ)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    document = json.dumps(manifest(values), ensure_ascii=False, indent=2) + "\n"
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = output.with_suffix(".manifest.json")
    staging.write_text(document, encoding="utf-8")
    try:
        report = validate(staging)
    finally:
        staging.unlink()
    if not report["valid"]:
        raise SystemExit("error: manifest.json does not validate:\n  " + "\n  ".join(report["errors"]))
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in (
            ("manifest.json", document.encode("utf-8")),
            ("color.png", color_icon()),
            ("outline.png", outline_icon()),
        ):
            package.writestr(zipfile.ZipInfo(name, ZIP_DATE), data)
    report["warnings"] = warnings
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    report = build(args.out, dict(os.environ))
    print(
        f"==> {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: manifest "
        f"v{report['manifestVersion']} valid against the schema in {report['package']}"
        f"{' (with placeholders, see the warnings)' if report['warnings'] else ''}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
