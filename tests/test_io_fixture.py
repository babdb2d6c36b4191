"""Hand-written files: what loads, what a dump keeps (order) and leaves out (defaults)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from vcm import Level, Organisation, Purpose, Scale, io

DATA = Path(__file__).parent / "data" / "io"

# The tree a dump of sparse.yaml gives: the file without its defaults, in the file's order.
SPARSE_DUMPED = {
    "vcm": 1,
    "organisation": {"id": "de-linde", "name": "Zorgcentrum De Linde"},
    "purpose": {
        "vision": "Iedereen woont thuis, zo lang als hij of zij wil.",
        "mission": "Zorg die past bij het leven van de cliënt — café ë ï.",
    },
    "values": [
        {
            "id": "waardigheid",
            "name": "Waardigheid",
            "behaviours": ["Vraagt eerst wat er voor de cliënt toe doet.", "yes"],
        },
        {"id": "eigenaarschap", "name": "Eigenaarschap"},
    ],
    "competences": [
        {
            "id": "planning",
            "name": "Plannen",
            "kind": "professional",
            "values": ["eigenaarschap"],
            "indicators": {3: ["Plant voor het hele team."], 1: ["Plant de eigen dag."]},
        },
        {
            "id": "luisteren",
            "name": "Luisteren",
            "kind": "behavioural",
            "values": ["waardigheid", "eigenaarschap"],
        },
    ],
    "task_areas": [
        {
            "id": "wijk-noord",
            "name": "Wijkteam Noord",
            "results": [
                {
                    "id": "op-tijd",
                    "name": "Cliënten krijgen zorg op het afgesproken moment.",
                    "client": "Cliënt",
                }
            ],
            "responsibilities": [
                {
                    "id": "planning-bezoeken",
                    "description": "Plant de bezoeken en houdt zich eraan.",
                    "results": ["op-tijd"],
                    "competences": ["planning", "luisteren"],
                    "authorities": [
                        {
                            "description": "Mag een bezoek binnen dezelfde dag verzetten.",
                            "kind": "mandated",
                        }
                    ],
                }
            ],
            "matrix": [
                {
                    "competence": "luisteren",
                    "level": 3,
                    "behaviours": {
                        "waardigheid": "Vraagt naar de dag van de cliënt.",
                        "eigenaarschap": "= belt zelf",
                    },
                },
                {"competence": "planning", "level": 2},
            ],
            "monitoring": [
                {
                    "id": "stiptheid",
                    "results": ["op-tijd"],
                    "kind": "quantitative",
                    "indicator": "Aandeel bezoeken binnen 15 minuten",
                    "frequency": "monthly",
                    "owner": "teamcoach",
                    "direction": "higher",
                    "target": 95,
                    "threshold": 87.5,
                    "observations": [
                        {"date": dt.date(2026, 10, 31), "value": 93},
                        {"date": dt.date(2026, 9, 30), "value": 96.5},
                    ],
                }
            ],
        }
    ],
    "people": [
        {
            "id": "p-002",
            "name": "Bram Jansen",
            "task_areas": ["wijk-noord"],
            "assessments": [
                {"competence": "planning", "observable": False, "date": dt.date(2026, 5, 1)},
                {"competence": "luisteren", "level": 2, "date": dt.date(2026, 6, 1)},
            ],
            "development": [
                {
                    "competence": "luisteren",
                    "kind": "on_the_job",
                    "description": "Oefent met samenvatten in de overdracht.",
                    "due": dt.date(2027, 1, 15),
                }
            ],
        },
        {"id": "p-001", "name": "Anna de Vries"},
    ],
}


@pytest.fixture
def sparse() -> Organisation:
    """The hand-written sparse model."""
    return io.load(DATA / "sparse.yaml")


def test_dump_keeps_order_and_leaves_out_defaults(sparse: Organisation) -> None:
    """The dumped YAML is the hand-written tree without its defaults, in the same order."""
    dumped = yaml.safe_load(io.dumps(sparse))
    assert SPARSE_DUMPED == dumped
    assert json.dumps(SPARSE_DUMPED, default=str) == json.dumps(dumped, default=str)


def test_dumped_keys_follow_the_format(sparse: Organisation) -> None:
    """Keys come in docs/format.rst's order, not the model's field order."""
    rule = yaml.safe_load(io.dumps(sparse))["task_areas"][0]["monitoring"][0]
    expected = ["id", "results", "kind", "indicator", "frequency", "owner", "direction"]
    assert [*expected, "target", "threshold", "observations"] == list(rule)


def test_defaults_come_from_the_model(sparse: Organisation) -> None:
    """What the file leaves out or spells out as the default is the model's default."""
    default = Organisation(id="x", name="x", purpose=sparse.purpose)
    person = sparse.people[0]
    expected = (default.language, default.scale, True, None, "planned", ())
    actual = (
        sparse.language,
        sparse.scale,
        person.assessments[1].observable,
        sparse.values[1].description,
        person.development[0].status,
        sparse.values[0].counter_behaviours,
    )
    assert expected == actual


def test_json_dump_of_the_fixture(sparse: Organisation) -> None:
    """The JSON dump has dates as ISO text and levels as text keys, and loads back equal."""
    text = io.dumps(sparse, "json")
    tree = json.loads(text)
    indicators = tree["competences"][0]["indicators"]
    date = tree["people"][0]["assessments"][0]["date"]
    assert (["3", "1"], "2026-05-01", sparse) == (list(indicators), date, io.loads(text, "json"))


def test_json_text_shape(sparse: Organisation) -> None:
    """JSON is indented by two spaces, keeps unicode and ends with a newline."""
    text = io.dumps(sparse, "json")
    expected = (True, True, True)
    assert expected == (text.endswith("}\n"), '\n  "organisation": {' in text, "cliënt" in text)


def test_the_format_example_loads() -> None:
    """The complete example of docs/format.rst loads, and its dump loads back equal."""
    org = io.load(DATA / "format_example.yaml")
    assert (1, org) == (len(org.people), io.loads(io.dumps(org)))


def test_yaml_text_shape(sparse: Organisation) -> None:
    """YAML is block style, lists indented under their key, sections apart, dates plain."""
    text = io.dumps(sparse)
    expected = [
        "vcm: 1",
        "organisation:",
        "  id: de-linde",
        "  name: Zorgcentrum De Linde",
        "",
        "purpose:",
    ]
    assert expected == text.splitlines()[:6]
    assert "\n  - id: waardigheid\n" in text
    assert "\n          - date: 2026-10-31\n" in text
    assert "\n          eigenaarschap: = belt zelf\n" in text


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "no",
        "on",
        "off",
        "null",
        "~",
        "true",
        "1e3",
        "1.0",
        "0x10",
        "2026-01-01",
        "12:30",
        "=",
        "<<",
        "& x",
        "* x",
        "# x",
        "a: b",
        "a #b",
        "- x",
        "?",
        "@x",
        "`x",
        "%x",
        "!x",
        "' x",
        '" x',
        "x\ny",
        " x",
        "x ",
        "\tx",
    ],
)
def test_yaml_quotes_what_it_would_misread(text: str) -> None:
    """Text that YAML would read as something else is written so it reads back as text."""
    org = Organisation(
        id="o",
        name=text,
        purpose=Purpose(vision=text, mission="m"),
        scale=Scale((Level(level=1, name=text),)),
    )
    assert org == io.loads(io.dumps(org))


def test_long_text_stays_on_one_line() -> None:
    """Long text is not folded over several lines."""
    words = "Een lange zin over de zorg die past bij het leven van de cliënt. " * 10
    org = io.load(DATA / "sparse.yaml")
    tree = io.to_dict(org)
    tree["purpose"]["vision"] = words.strip()
    text = io.dumps(io.from_dict(tree))
    assert f"  vision: {words.strip()}" in text.splitlines()


def test_multi_line_text_is_a_literal_block() -> None:
    """Text with line breaks is written as a literal block and read back the same."""
    tree = io.to_dict(io.load(DATA / "sparse.yaml"))
    tree["purpose"]["vision"] = "Eerste regel.\nTweede regel."
    org = io.from_dict(tree)
    text = io.dumps(org)
    assert ("  vision: |-\n    Eerste regel.\n    Tweede regel.\n" in text, org) == (
        True,
        io.loads(text),
    )
