"""catalog.ttl: the DCAT-AP-NO catalogue entry, read back with rdflib and checked for the mandatory fields."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from src.export import catalog
from src.facts.data import Tables
from src.text.i18n import LANGUAGES

SITE = "https://klyngekvalitet.example.no"
EU = "http://publications.europa.eu/resource/authority"


def _graph(tables: Tables, release: dict[str, object] | None = None) -> Graph:
    return Graph().parse(data=catalog.catalog_ttl(tables, SITE + "/", release), format="turtle")


def _langs(graph: Graph, subject: object, predicate: URIRef) -> set[str]:
    return {str(o.language) for o in graph.objects(subject, predicate) if getattr(o, "language", None)}


def mandatory_problems(graph: Graph) -> list[str]:
    """What DCAT-AP-NO requires (catalogue, data set, distribution) and the graph lacks: [] when complete."""
    problems = []
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
    if len(catalogs) != 1 or len(datasets) != 1:
        return [f"{len(catalogs)} catalogues and {len(datasets)} data sets"]
    (cat,), (ds,) = catalogs, datasets
    for subject, predicate in [
        (cat, DCTERMS.publisher), (cat, DCAT.dataset), (ds, DCTERMS.identifier), (ds, DCTERMS.publisher),
        (ds, DCAT.contactPoint), (ds, DCAT.theme), (ds, DCAT.keyword), (ds, DCTERMS.spatial), (ds, DCTERMS.temporal),
        (ds, DCTERMS.accessRights), (ds, DCAT.distribution),
    ]:  # fmt: skip
        if graph.value(subject, predicate) is None:
            problems.append(f"{predicate} missing")
    for subject in (cat, ds):
        for predicate in (DCTERMS.title, DCTERMS.description):
            if not {"nb", "en"} <= _langs(graph, subject, predicate):
                problems.append(f"{predicate} of {subject} not in nb and en")
    if (graph.value(cat, DCTERMS.publisher), RDF.type, FOAF.Agent) not in graph:
        problems.append("publisher is not a foaf:Agent")
    for dist in graph.objects(ds, DCAT.distribution):
        for predicate in (DCAT.accessURL, DCAT.mediaType, DCTERMS["format"]):
            if graph.value(dist, predicate) is None:
                problems.append(f"{predicate} missing on {dist}")
        if graph.value(dist, DCTERMS.license) is None and graph.value(dist, DCTERMS.rights) is None:
            problems.append(f"neither licence nor rights statement on {dist}")
    return problems


def test_the_catalogue_has_every_mandatory_field(tables: Tables) -> None:
    assert mandatory_problems(_graph(tables)) == []


def test_vocabularies_are_the_eu_authorities(tables: Tables) -> None:
    graph = _graph(tables)
    ds = graph.value(None, RDF.type, DCAT.Dataset)
    assert set(graph.objects(ds, DCAT.theme)) == {URIRef(f"{EU}/data-theme/ECON")}
    assert set(graph.objects(ds, DCTERMS.spatial)) == {URIRef(f"{EU}/country/NOR"), URIRef(f"{EU}/country/DNK")}
    assert graph.value(ds, DCTERMS.accessRights) == URIRef(f"{EU}/access-right/PUBLIC")
    contact = graph.value(ds, DCAT.contactPoint)
    assert (contact, RDF.type, URIRef("http://www.w3.org/2006/vcard/ns#Organization")) in graph
    media = {str(graph.value(d, DCAT.mediaType)) for d in graph.objects(ds, DCAT.distribution)}
    assert media == {
        "https://www.iana.org/assignments/media-types/text/csv",
        "https://www.iana.org/assignments/media-types/application/json",
        "https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    # keywords in every language the app has (nb, en, da)
    assert set(LANGUAGES) == {k.language for k in graph.objects(ds, DCAT.keyword)}  # type: ignore[attr-defined]


def test_temporal_coverage_is_years_as_the_records_give_them(tables: Tables) -> None:
    graph = _graph(tables)
    period = graph.value(graph.value(None, RDF.type, DCAT.Dataset), DCTERMS.temporal)
    start, end = graph.value(period, DCAT.startDate), graph.value(period, DCAT.endDate)
    years = tables.label_events["year"].dropna()
    assert (str(start), str(end)) == (str(years.min()), str(years.max()))
    assert start.datatype == XSD.gYear and end.datatype == XSD.gYear  # type: ignore[union-attr]


def test_no_licence_is_invented_but_a_publisher_can_set_one(tables: Tables, monkeypatch: pytest.MonkeyPatch) -> None:
    graph = _graph(tables)
    assert not list(graph.objects(None, DCTERMS.license))
    monkeypatch.setenv(catalog.LICENSE_ENV, "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")
    monkeypatch.setenv(
        catalog.PUBLISHER_ENV, "https://organization-catalog.fellesdatakatalog.digdir.no/organizations/1"
    )
    graph = _graph(tables, {"version": "2026.12.0", "built": "2026-12-02"})
    ds = graph.value(None, RDF.type, DCAT.Dataset)
    assert len(set(graph.objects(None, DCTERMS.license))) == 1 and mandatory_problems(graph) == []
    assert str(graph.value(ds, DCTERMS.publisher)).endswith("/organizations/1")
    assert str(graph.value(ds, DCTERMS.modified)) == "2026-12-02"
