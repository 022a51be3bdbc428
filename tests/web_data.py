"""A small hand-built store for the web tests: reports and events made without the extractor."""

from __future__ import annotations

from dataclasses import dataclass, field

from nkevents.model import Document, Event, Extraction, Location, Penalty, Provenance
from nkevents.pipeline import ingest
from nkevents.store import Store, open_store

EXTRACTOR = "web-test-1"
HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


@dataclass(slots=True)
class Report:
    """A document and the events it is meant to yield, with values given as text to find."""

    doc: Document
    events: list[dict[str, object]] = field(default_factory=list)


def span(text: str, part: str) -> tuple[int, int]:
    """Where `part` first occurs in `text`."""
    start = text.index(part)
    return start, start + len(part)


def build_event(text: str, spec: dict[str, object]) -> Event:
    """An Event from a spec; `evidence` and `<field>_at` name the text that backs each value."""
    values = {k: v for k, v in spec.items() if k != "evidence" and not k.endswith("_at")}
    event = Event(**values)  # type: ignore[arg-type]
    event.evidence = [span(text, str(spec["evidence"]))]
    event.provenance = {
        k[:-3]: Provenance(span(text, str(v)), "hand") for k, v in spec.items() if k.endswith("_at")
    }
    return event


HYESAN = Location("Hyesan", "Ryanggang", "city", 41.4017, 128.1775, "KP", "town")
SINUIJU = Location("Sinuiju", "North Pyongan", "city", 40.1006, 124.3981, "KP", "town")
HOERYONG = Location("Hoeryong", "North Hamgyong", "city", 42.4425, 129.7517, "KP", "town")

TRIAL_A = (
    "Hyesan, March 2019. On March 12, 2019, authorities held a public trial in Hyesan, "
    "Ryanggang Province, where three women were sentenced to ten years of reform through labor "
    "for smuggling copper to China. Residents were mobilised to watch."
)
TRIAL_B = (  # the same trial told in Korean (the word for copper glossed in English)
    "양강도 소식통에 따르면 2019년 3월 12일 혜산시에서 공개재판이 열려 구리(copper)를 중국에 "
    "밀수한 여성 3명에게 각각 교화 8년이 선고됐다."
)
EXECUTION = (
    "In July 2020 two men were publicly executed in Sinuiju, North Pyongan Province, for "
    "distributing South Korean films, a source said."
)
ARREST = (
    "Police in Hoeryong arrested five people in 2021 for using Chinese mobile phones near the "
    f"border. {HOSTILE} The names were not released."
)
SANCTION = (
    "On August 5, 2017 the UN Security Council adopted resolution 2371, banning coal exports."
)

REPORTS = [
    Report(
        Document(
            "trial-a",
            TRIAL_A,
            "https://dailynk.example/trial-a",
            "Public trial in Hyesan",
            "2019-03-20",
            "en",
        ),
        [
            dict(
                type="trial",
                date="2019-03-12",
                location=HYESAN,
                people=3,
                public=True,
                charges=["smuggling"],
                penalty=Penalty("forced_labor", 120, 120),
                commodities=["copper"],
                actors=["court"],
                confidence=0.9,
                evidence="On March 12, 2019, authorities held a public trial in Hyesan, Ryanggang "
                "Province, where three women were sentenced to ten years of reform through labor "
                "for smuggling copper to China.",
                date_at="March 12, 2019",
                location_at="Hyesan, Ryanggang Province",
                people_at="three women",
                penalty_at="ten years of reform through labor",
                commodities_at="copper",
                charges_at="smuggling",
            )
        ],
    ),
    Report(
        Document(
            "trial-b",
            TRIAL_B,
            "https://rfa.example/trial-b",
            "혜산서 여성 3명 공개재판",
            "2019-03-21",
            "ko",
        ),
        [
            dict(
                type="trial",
                date="2019-03-12",
                location=HYESAN,
                people=3,
                public=True,
                charges=["smuggling"],
                penalty=Penalty("forced_labor", 96, 96),
                commodities=["copper"],
                evidence=TRIAL_B,
                date_at="2019년 3월 12일",
                location_at="혜산시",
            )
        ],
    ),
    Report(
        Document(
            "execution",
            EXECUTION,
            "https://news.example/execution",
            "Two executed in Sinuiju",
            "2020-08-01",
            "en",
        ),
        [
            dict(
                type="execution",
                date="2020-07",
                location=SINUIJU,
                people=2,
                public=True,
                charges=["foreign_media"],
                penalty=Penalty("death"),
                evidence=EXECUTION,
                date_at="July 2020",
                location_at="Sinuiju",
            )
        ],
    ),
    Report(
        Document("arrest", ARREST, "javascript:alert(1)", f"Arrests {HOSTILE}", "2021-05", "en"),
        [
            dict(
                type="arrest",
                date="2021",
                location=HOERYONG,
                people=5,
                charges=["illegal_phone"],
                commodities=["phones"],
                actors=["police"],
                evidence=ARREST[: ARREST.index("border.") + 7],
                location_at="Hoeryong",
                people_at="five people",
            )
        ],
    ),
    Report(
        Document(
            "sanction", SANCTION, "https://un.example/2371", "Resolution 2371", "2017-08-05", "en"
        ),
        [
            dict(
                type="sanction",
                date="2017-08-05",
                instrument="UNSCR 2371",
                commodities=["coal"],
                actors=["un_security_council"],
                evidence=SANCTION,
                date_at="August 5, 2017",
            )
        ],
    ),
]
BY_ID = {r.doc.id: r for r in REPORTS}


def extract(doc: Document) -> Extraction:
    """The hand-made extraction of one test report."""
    report = BY_ID[doc.id]
    events = [build_event(doc.text, spec) for spec in report.events]
    return Extraction(doc.id, relevant=bool(events), events=events)


def filled_store(url: str) -> Store:
    """A store at `url` holding the test reports, incidents resolved, and one reviewer."""
    store = open_store(url)
    ingest(store, [r.doc for r in REPORTS], extract=extract, extractor_version=EXTRACTOR)
    store.resolve()
    store.add_user("alice", "correct horse battery")
    return store
