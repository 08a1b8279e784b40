"""`catalog.ttl`: the data set as a DCAT-AP-NO catalogue entry, for harvesting by a national data portal.

Written with `rdflib` (so the Turtle is well-formed by construction, and the test reads it back with the same
library). What is not known is not stated: no licence is given by any source, so a distribution carries a
`dct:license` only when the publisher sets one (KLYNGEKVALITET_DATA_LICENSE, a licence URI), and otherwise a
rights statement that says the licence is unknown. The publisher is the app unless KLYNGEKVALITET_PUBLISHER_URI
names the organisation (data.norge.no expects its organisation-catalogue URI with the organisation number).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pandas as pd
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, XSD

from src.facts.data import Tables
from src.facts.datapackage import PACKAGE_FILE, PACKAGE_LANGS, words

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority"
IANA = "https://www.iana.org/assignments/media-types"
THEME = URIRef(f"{EU}/data-theme/ECON")  # economy and finance: business clusters and their management
COUNTRIES = (URIRef(f"{EU}/country/NOR"), URIRef(f"{EU}/country/DNK"))
LANGUAGES = {"nb": "NOB", "en": "ENG", "da": "DAN"}
PUBLIC = URIRef(f"{EU}/access-right/PUBLIC")
DATA_PACKAGE_STANDARD = URIRef("https://datapackage.org/standard/data-package/")
LICENSE_ENV = "KLYNGEKVALITET_DATA_LICENSE"
PUBLISHER_ENV = "KLYNGEKVALITET_PUBLISHER_URI"
CONTACT_EMAIL_ENV = "KLYNGEKVALITET_CONTACT_EMAIL"
CATALOG_FILE = "catalog.ttl"
APP_NAME = "Klyngekvalitet"


@dataclass(frozen=True)
class Format:
    """One distribution: its file type (EU vocabulary), IANA media type and where it is reached."""

    code: str
    media_type: str
    access_path: str  # relative to the static edition's root
    download: bool = False


def formats() -> tuple[Format, ...]:
    """The files the static edition publishes: CSV and XLSX from the sources page, the data package itself.

    Note that Parquet is built for the app (`make data`) but not published, so it is not offered here.
    """
    return (
        Format("CSV", "text/csv", "sources/index.html"),
        Format("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "sources/index.html"),
        Format("JSON", "application/json", f"files/{PACKAGE_FILE}", download=True),
    )


def _texts(graph: Graph, subject: URIRef | BNode, predicate: URIRef, key: str) -> None:
    for lang in PACKAGE_LANGS:
        graph.add((subject, predicate, Literal(words(key, lang), lang=lang)))


def year_span(tables: Tables) -> tuple[int, int] | None:
    """The first and last year the label records are dated in (records often give only a year, so no more)."""
    years = pd.to_numeric(tables.label_events["year"], errors="coerce").dropna()
    return (int(years.min()), int(years.max())) if len(years) else None


def _agent(graph: Graph, site: str) -> URIRef:
    publisher = URIRef(os.environ.get(PUBLISHER_ENV) or f"{site}/#publisher")
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(APP_NAME)))
    return publisher


def _contact(graph: Graph, site: str) -> URIRef:
    contact = URIRef(f"{site}/#contact")
    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((contact, VCARD.fn, Literal(APP_NAME)))
    graph.add((contact, VCARD.hasURL, URIRef(f"{site}/")))
    email = os.environ.get(CONTACT_EMAIL_ENV)
    if email:
        graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{email}")))
    return contact


def _temporal(graph: Graph, dataset: URIRef, tables: Tables) -> None:
    span = year_span(tables)
    if span is None:
        return
    period = BNode()
    graph.add((dataset, DCTERMS.temporal, period))
    graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
    graph.add((period, DCAT.startDate, Literal(str(span[0]), datatype=XSD.gYear)))
    graph.add((period, DCAT.endDate, Literal(str(span[1]), datatype=XSD.gYear)))


def _rights(graph: Graph, distribution: URIRef) -> None:
    licence = os.environ.get(LICENSE_ENV)
    if licence:
        graph.add((distribution, DCTERMS.license, URIRef(licence)))
        return
    statement = BNode()
    graph.add((distribution, DCTERMS.rights, statement))
    graph.add((statement, RDF.type, DCTERMS.RightsStatement))
    _texts(graph, statement, DCTERMS.description, "dp.licence_unknown")


def _distribution(graph: Graph, dataset: URIRef, site: str, fmt: Format) -> None:
    distribution = URIRef(f"{site}/#distribution-{fmt.code.lower()}")
    graph.add((dataset, DCAT.distribution, distribution))
    graph.add((distribution, RDF.type, DCAT.Distribution))
    graph.add((distribution, DCTERMS.title, Literal(f"{APP_NAME} ({fmt.code})")))
    graph.add((distribution, DCAT.accessURL, URIRef(f"{site}/{fmt.access_path}")))
    if fmt.download:
        graph.add((distribution, DCAT.downloadURL, URIRef(f"{site}/{fmt.access_path}")))
        graph.add((distribution, DCTERMS.conformsTo, DATA_PACKAGE_STANDARD))
    graph.add((distribution, DCAT.mediaType, URIRef(f"{IANA}/{fmt.media_type}")))
    graph.add((distribution, DCTERMS["format"], URIRef(f"{EU}/file-type/{fmt.code}")))
    _rights(graph, distribution)


def catalog_graph(tables: Tables, site: str, release: dict[str, object] | None = None) -> Graph:
    """The catalogue with its one data set and a distribution per published format."""
    release = release or {}
    graph = Graph()
    for prefix, namespace in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("vcard", VCARD), ("owl", OWL)):
        graph.bind(prefix, namespace)
    catalog, dataset = URIRef(f"{site}/{CATALOG_FILE}#catalog"), URIRef(f"{site}/#dataset")
    publisher = _agent(graph, site)
    graph.add((catalog, RDF.type, DCAT.Catalog))
    _texts(graph, catalog, DCTERMS.title, "dp.catalog.title")
    _texts(graph, catalog, DCTERMS.description, "dp.catalog.description")
    graph.add((catalog, DCTERMS.publisher, publisher))
    graph.add((catalog, FOAF.homepage, URIRef(f"{site}/")))
    graph.add((catalog, DCAT.dataset, dataset))
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
    _texts(graph, dataset, DCTERMS.title, "dp.title")
    _texts(graph, dataset, DCTERMS.description, "dp.description")
    graph.add((dataset, DCTERMS.publisher, publisher))
    graph.add((dataset, DCAT.contactPoint, _contact(graph, site)))
    graph.add((dataset, DCAT.theme, THEME))
    for lang in PACKAGE_LANGS:
        for keyword in words("dp.keywords", lang).split(";"):
            graph.add((dataset, DCAT.keyword, Literal(keyword.strip(), lang=lang)))
        graph.add((dataset, DCTERMS.language, URIRef(f"{EU}/language/{LANGUAGES[lang]}")))
    for country in COUNTRIES:
        graph.add((dataset, DCTERMS.spatial, country))
    _temporal(graph, dataset, tables)
    graph.add((dataset, DCTERMS.accessRights, PUBLIC))
    graph.add((dataset, DCAT.landingPage, URIRef(f"{site}/sources/index.html")))
    if release.get("version"):
        graph.add((dataset, OWL.versionInfo, Literal(str(release["version"]))))
    if release.get("built"):
        graph.add((dataset, DCTERMS.modified, Literal(str(release["built"])[:10], datatype=XSD.date)))
    for fmt in formats():
        _distribution(graph, dataset, site, fmt)
    return graph


def catalog_ttl(tables: Tables, site: str, release: dict[str, object] | None = None) -> str:
    return catalog_graph(tables, site.rstrip("/"), release).serialize(format="turtle")
