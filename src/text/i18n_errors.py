"""Words of the static edition's "not found" page (404.html per language, served by the static host)."""

from __future__ import annotations

ERRORS_NB: dict[str, str] = {
    "notfound.title": "Fant ikke siden",
    "notfound.description": "Adressen finnes ikke i Klyngekvalitet.",
    "notfound.text": (
        "Vi finner ingen side på denne adressen. Kanskje er lenken skrevet feil, eller siden er flyttet. "
        "Alle sidene finner du i menyen over."
    ),
    "notfound.start": "Til forsiden",
    "notfound.orgs": "Alle klyngeorganisasjonene",
}

ERRORS_EN: dict[str, str] = {
    "notfound.title": "Page not found",
    "notfound.description": "This address does not exist in Klyngekvalitet.",
    "notfound.text": (
        "There is no page at this address. The link may be mistyped, or the page may have moved. "
        "Every page is in the menu above."
    ),
    "notfound.start": "To the start page",
    "notfound.orgs": "All cluster organisations",
}

ERRORS_DA: dict[str, str] = {
    "notfound.title": "Siden blev ikke fundet",
    "notfound.description": "Adressen findes ikke i Klyngekvalitet.",
    "notfound.text": (
        "Der er ingen side på denne adresse. Måske er linket skrevet forkert, eller siden er flyttet. "
        "Alle siderne finder du i menuen ovenfor."
    ),
    "notfound.start": "Til forsiden",
    "notfound.orgs": "Alle klyngeorganisationerne",
}
