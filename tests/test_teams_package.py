"""The Teams app package (`make teams-package`): a manifest that validates offline against the
schema bundled in @microsoft/app-manifest, personal scope only, and icons of the right size."""

import io
import json
import zipfile

import pytest
from PIL import Image

from scripts.teams_package import PLACEHOLDER_ID, build, validate

BOT_ID = "8e0c1f4a-1111-4a5b-9c2d-0123456789ab"
ENVIRONMENT = {
    "TEAMS_APP_ID": BOT_ID,
    "TEAMS_DEVELOPER_NAME": "Gemeente Voorbeeld",
    "TEAMS_DEVELOPER_URL": "https://intranet.voorbeeld.nl/werkstress",
}


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    path = tmp_path_factory.mktemp("teams") / "werkstress-assistent.zip"
    report = build(path, ENVIRONMENT)
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    return report, files


def test_the_manifest_validates_against_the_newest_bundled_schema(package):
    report, files = package
    assert report["valid"] and not report["errors"] and not report["warnings"], report
    assert report["package"] == "@microsoft/app-manifest@1.1.2"
    manifest = json.loads(files["manifest.json"])
    assert manifest["manifestVersion"] == report["newestBundled"] == "1.30"
    assert manifest["$schema"].endswith("/teams/v1.30/MicrosoftTeams.schema.json")
    print(f"\nmanifest schema version {manifest['manifestVersion']}, validated against {report['package']}")


def test_a_personal_bot_with_the_bot_id_from_the_environment_and_dutch_texts(package):
    manifest = json.loads(package[1]["manifest.json"])
    assert manifest["id"] == BOT_ID
    [bot] = manifest["bots"]
    assert bot["botId"] == BOT_ID and bot["scopes"] == ["personal"]
    assert all(commands["scopes"] == ["personal"] for commands in bot["commandLists"])
    assert "staticTabs" not in manifest and "configurableTabs" not in manifest and "composeExtensions" not in manifest
    assert manifest["localizationInfo"]["defaultLanguageTag"] == "nl-nl"
    assert "digitale assistent, geen mens" in manifest["description"]["full"]
    assert manifest["developer"]["privacyUrl"] == "https://intranet.voorbeeld.nl/werkstress/privacy"


def test_icons_colour_192_and_transparent_white_outline_32(package):
    files = package[1]
    assert sorted(files) == ["color.png", "manifest.json", "outline.png"]
    color = Image.open(io.BytesIO(files["color.png"]))
    assert color.format == "PNG" and color.size == (192, 192)
    outline = Image.open(io.BytesIO(files["outline.png"])).convert("RGBA")
    assert outline.size == (32, 32)
    pixels = list(outline.getdata())
    visible = [pixel for pixel in pixels if pixel[3] > 0]
    assert visible and len(visible) < len(pixels) / 2  # mostly transparent
    assert all(pixel[:3] == (255, 255, 255) for pixel in visible)  # white only


def test_without_a_bot_id_a_marked_placeholder_and_a_warning(tmp_path):
    report = build(tmp_path / "package.zip", {})
    with zipfile.ZipFile(tmp_path / "package.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["id"] == manifest["bots"][0]["botId"] == PLACEHOLDER_ID
    assert any("TEAMS_APP_ID is not set" in warning for warning in report["warnings"])


def test_the_validator_refuses_a_manifest_that_breaks_the_schema(tmp_path, package):
    manifest = json.loads(package[1]["manifest.json"])
    manifest["bots"][0]["scopes"] = ["personal", "everyone"]
    manifest["name"]["short"] = "Een naam die veel te lang is voor Teams"
    del manifest["accentColor"]
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(manifest))
    report = validate(path)
    assert not report["valid"]
    assert len(report["errors"]) >= 3, report["errors"]
