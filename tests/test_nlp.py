from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pledgeparse import nlp as nlp_module
from pledgeparse.extract.quantify import has_deadline, pledge_kind
from pledgeparse.extract.topics import TOPIC_CODES, code_topics
from pledgeparse.nlp import build, build_into, cache_dir, is_current, lemmas, load


def test_pipeline_components_and_entities() -> None:
    nlp = load()
    assert nlp.pipe_names == ["entity_ruler", "lemmatizer"]
    doc = nlp("Lekebergs kommun och lokalpolisområde Örebro samt Socialförvaltningen. Kommunstyrelsens ordförande")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Lekebergs kommun", "MUNICIPALITY") in ents
    assert ("lokalpolisområde Örebro", "POLICE_AREA") in ents
    assert ("Socialförvaltningen", "MUNICIPAL_BODY") in ents
    assert ("Kommunstyrelsens ordförande", "TITLE") in ents
    assert "genomföra" in lemmas(nlp("Polisen genomför kontroller"))


def test_build_is_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    build().to_disk(first)
    build().to_disk(second)
    for name in ("entity_ruler/patterns.jsonl", "meta.json", "config.cfg"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    # A few token patterns, not one phrase per name and suffix: loading them is what every start-up pays.
    patterns = [json.loads(line) for line in (first / "entity_ruler/patterns.jsonl").read_text().splitlines()]
    assert len(patterns) < 100


def test_gazetteer_names_in_every_form_are_entities() -> None:
    doc = load()(
        "Falu kommun, Faluns kommun, Upplands Väsby kommun, Upplands-Bro kommuns, Göteborgs Stad och LPO Södra Ångermanland."
    )
    found = [(e.text, e.label_) for e in doc.ents]
    assert found == [
        ("Falu kommun", "MUNICIPALITY"),
        ("Faluns kommun", "MUNICIPALITY"),
        ("Upplands Väsby kommun", "MUNICIPALITY"),
        ("Upplands-Bro kommuns", "MUNICIPALITY"),
        ("Göteborgs Stad", "MUNICIPALITY"),
        ("LPO Södra Ångermanland", "POLICE_AREA"),
    ]


def test_topics_by_lemma_rules() -> None:
    topics = code_topics(
        [
            "Trafik. Polisen genomför hastighetskontroller vid skolorna.",
            "ANDT. Riktade insatser mot narkotikaförsäljning.",
            "Polisen ska i samverkan med socialtjänsten informera om bedrägerier mot äldre.",
            "Något helt annat.",
        ]
    )
    assert topics[0][:1] == ["traffic"] and "youth" in topics[0]
    assert topics[1] == ["narcotics"]
    assert topics[2] == ["fraud"]  # a partner in "i samverkan med" is not a cooperation pledge
    assert topics[3] == ["other"]
    assert set(TOPIC_CODES) >= {t for row in topics for t in row}


def test_specificity() -> None:
    assert has_deadline("redovisa resultatet senast den 30 november")
    assert has_deadline("Under 2024 tas en lägesbild fram")
    assert not has_deadline("Polisen gör kontroller på gym")
    assert pledge_kind("Minska antalet inbrott i villaområden") == "outcome"
    assert pledge_kind("Kommunen ska öka belysningen i parken") == "outcome"
    assert pledge_kind("Polisen genomför trafikkontroller") == "action"


def test_pipeline_is_built_once_into_a_cache_folder_keyed_by_its_inputs(tmp_path: Path) -> None:
    folder = cache_dir(tmp_path)
    assert folder.parent == tmp_path and nlp_module.fingerprint() in folder.name
    assert not is_current(folder)
    build_into(folder)
    assert is_current(folder)
    assert not list(tmp_path.glob(".*.tmp")), "the temporary build folder is left behind"
    build_into(folder)  # a second builder (another process) finds it done: no error
    assert is_current(folder)
    # A folder from other inputs (an edited gazetteer, another spaCy) is not current.
    meta = folder / "meta.json"
    meta.write_text(meta.read_text().replace(nlp_module.fingerprint(), "0" * 16))
    assert not is_current(folder)
    build_into(folder)
    assert is_current(folder)


def test_spacy_is_imported_without_its_command_line() -> None:
    script = (
        "import sys\n"
        "from pledgeparse.nlp import import_spacy\n"
        "spacy = import_spacy()\n"
        "assert 'weasel' not in sys.modules and 'spacy.cli' not in sys.modules\n"
        "import spacy.cli.info\n"
        "assert sys.modules['spacy.cli.info'].__file__.endswith('info.py')\n"
        "print(callable(spacy.info))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "True", done.stderr
