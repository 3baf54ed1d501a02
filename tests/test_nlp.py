"""Loading the spaCy pipeline: the default, its aliases, and a clear error for a missing one."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.errors import ModelNotFoundError
from newsevents.nlp import DEFAULT_MODEL, load_model


def test_nlp_default_model_finds_people_and_places(coder: newsevents.Coder) -> None:
    doc = coder.nlp("Vladimir Putin flew to Tehran on Tuesday.")
    assert {(ent.text, ent.label_) for ent in doc.ents} >= {
        ("Vladimir Putin", "PERSON"),
        ("Tehran", "GPE"),
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Karzai criticised U.S.-led forces.", ["U.S.", "-", "led"]),
        ("U.N.-run schools in Gaza were hit.", ["U.N.", "-", "run"]),
    ],
)
def test_nlp_an_abbreviation_before_a_hyphen_is_a_word_of_its_own(
    coder: newsevents.Coder, text: str, words: list[str]
) -> None:
    tokens = [token.text for token in coder.nlp(text)]
    start = tokens.index(words[0])
    assert tokens[start : start + 3] == words


def test_nlp_model_loaded_once(coder: newsevents.Coder) -> None:
    assert load_model(DEFAULT_MODEL) is coder.nlp


def test_nlp_official_name_loads_the_same_pipeline(coder: newsevents.Coder) -> None:
    nlp = load_model("en_core_web_sm")
    assert nlp.meta["name"] == coder.nlp.meta["name"]
    assert nlp.meta["version"] == coder.nlp.meta["version"]


@pytest.mark.parametrize(
    ("name", "install"),
    [
        ("en_core_web_xx", "python -m spacy download en_core_web_xx"),
        ("no/such/pipeline", "python -m spacy download no/such/pipeline"),
    ],
)
def test_nlp_missing_model_raises_e201_with_install_command(name: str, install: str) -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        load_model(name)
    message = str(caught.value)
    assert message.startswith(f"[E201] spaCy model '{name}' is not installed")
    assert message.endswith(install)


def test_nlp_coder_with_missing_model_raises() -> None:
    with pytest.raises(ModelNotFoundError, match="en_core_web_xx"):
        newsevents.Coder(model="en_core_web_xx")
