"""Reading a user's verb dictionary in the PETRARCH / PETRARCH-2 text format."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import DataFileError
from newsevents.events.lexicon import Condition, Entry, Lexicon, packaged_lexicon
from newsevents.events.petrarch import MAX_EXPANSIONS, VerbLexicon, read_verb_dictionary

SHARED_VERBS = (
    Path(__file__).resolve().parents[3] / "shared/data/petr-unittest/PETR.Validate.verbs.2.0.txt"
)

DICTIONARY = """\
# A small verb dictionary in the format PETRARCH 2 reads
####### SYNONYM SETS #######
&PACT
+TREATY
+ACCORD   # a trailing comment
+PEACE_AGREEMENT

&TIES_
+DIPLOMATIC RELATIONS
+&PACT

&DEADLINES
+(TO THE END)
+(UNTIL NOON)

--- AGREE  [030]  ---
AGREE
CONCUR {CONCURS CONCURRED CONCURRING}
ACQUIESCE [031]   # its own code
- * (TO &PACT)                     [057:057]  # agree to a treaty
- * (WITH)                         [030]
- * {CEASE FIRE} TALKS             [0356]
- SOON *                           [036]
- + * $ (ON ^ REFORMS) %           [0312]
- * &TIES_                         [051]

--- CARRY_OUT  [---]  ---
+CARRY_OUT {+CARRIES_OUT +CARRIED_OUT}
WIRE_+TAP
* (THIS LINE IS NO VERB FORM) [190]
- * RAIDS                          [190]
- * INSPECTIONS                    [---]

--- VOW  [170]  ---
VOW
- * &DEADLINES                     [113]
"""


@pytest.fixture
def verbs(tmp_path: Path) -> VerbLexicon:
    path = tmp_path / "my.verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return read_verb_dictionary(path)


def _rules(lexicon: Lexicon, lemma: str) -> list[str]:
    return [entry.rule for entry in lexicon.entries if entry.lemma == lemma]


def _entry(lexicon: Lexicon, lemma: str, *conditions: Condition) -> Entry:
    (entry,) = [e for e in lexicon.entries if e.lemma == lemma and e.conditions == conditions]
    return entry


def test_each_verb_form_gets_the_block_code_or_its_own(verbs: VerbLexicon) -> None:
    assert _entry(verbs, "agree").code == "030"
    assert _entry(verbs, "concur").code == "030"
    assert _entry(verbs, "acquiesce").code == "031"
    assert _entry(verbs, "agree").origin == "my.verbs.txt:17"


def test_inflections_are_kept_but_give_no_entries(verbs: VerbLexicon) -> None:
    assert verbs.inflections["concur"] == ("concurs", "concurred", "concurring")
    assert verbs.inflections["carry out"] == ("carries out", "carried out")
    assert not [entry for entry in verbs.entries if entry.lemma.startswith("concurred")]


def test_a_block_code_of_dashes_blocks_coding(verbs: VerbLexicon) -> None:
    carry = _entry(verbs, "carry", Condition("prt", ("out",)))
    assert carry.code is None
    assert carry.words == "carry out"
    assert carry.rule == "my.verbs.txt:28 carry out VERB prt=out -> ---"


def test_the_verb_of_a_multiword_form_is_the_word_marked_plus(verbs: VerbLexicon) -> None:
    tap = _entry(verbs, "tap", Condition("before", ("wire",)))
    assert tap.words == "wire tap"
    raids = _entry(verbs, "tap", Condition("before", ("wire",)), Condition("after", ("raids",)))
    assert raids.code == "190"


def test_lines_that_are_not_verb_forms_are_ignored(verbs: VerbLexicon) -> None:
    assert not [entry for entry in verbs.entries if entry.origin == "my.verbs.txt:30"]


def test_patterns_apply_to_every_form_of_their_block(verbs: VerbLexicon) -> None:
    with_someone = (Condition("prep", ("with",)),)
    codes = {e.lemma: e.code for e in verbs.entries if e.conditions == with_someone}
    assert codes == {"agree": "030", "concur": "030", "acquiesce": "030"}
    inspections = _entry(
        verbs, "carry", Condition("prt", ("out",)), Condition("after", ("inspections",))
    )
    assert inspections.code is None


def test_a_preposition_group_gives_a_prep_condition_with_its_last_word(
    verbs: VerbLexicon,
) -> None:
    treaty = _entry(verbs, "agree", Condition("prep", ("to",), frozenset({"treaty"})))
    assert treaty.code == "057"  # [057:057]: the code before the colon
    assert treaty.origin == "my.verbs.txt:20"


def test_words_and_phrases_after_the_verb_make_one_after_condition(
    verbs: VerbLexicon,
) -> None:
    talks = _entry(verbs, "agree", Condition("after", ("cease", "fire", "talks")))
    assert talks.code == "0356"
    soon = _entry(verbs, "agree", Condition("before", ("soon",)))
    assert soon.code == "036"


def test_role_markers_are_dropped(verbs: VerbLexicon) -> None:
    reforms = _entry(verbs, "agree", Condition("prep", ("on",), frozenset({"reforms"})))
    assert reforms.code == "0312"


def test_a_set_gives_one_entry_per_member(verbs: VerbLexicon) -> None:
    objects = {
        next(iter(e.conditions[0].objects))
        for e in verbs.entries
        if e.lemma == "agree" and e.code == "057"
    }
    assert objects == {"treaty", "accord", "agreement"}  # PEACE_AGREEMENT: its last word


def test_a_set_within_a_set_is_expanded(verbs: VerbLexicon) -> None:
    ties = [e for e in verbs.entries if e.lemma == "agree" and e.code == "051"]
    afters = {entry.conditions[0].words for entry in ties}
    assert afters == {("diplomatic", "relations"), ("treaty",), ("accord",), ("peace", "agreement")}


def test_a_parenthesised_member_is_a_preposition_group(verbs: VerbLexicon) -> None:
    conditions = {e.conditions for e in verbs.entries if e.code == "113"}
    assert conditions == {
        (Condition("prep", ("to",), frozenset({"end"})),),
        (Condition("prep", ("until",), frozenset({"noon"})),),
    }


def test_a_large_set_is_capped_per_pattern(tmp_path: Path) -> None:
    members = "".join(f"+COIN{'X' * n}\n" for n in range(1, 80))
    path = tmp_path / "pay.txt"
    path.write_text(f"&COINS\n{members}\n--- PAY [070] ---\nPAY\n- * &COINS [071]\n", "utf-8")
    verbs = read_verb_dictionary(path)
    assert len([e for e in verbs.entries if e.code == "071"]) == MAX_EXPANSIONS


def test_codes_that_are_not_cameo_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "weis.txt"
    path.write_text(
        "--- ARREST [212] ---\n"  # a WEIS code: the form's entry is left out
        "ARREST\n"
        "DETAIN [173]\n"
        "- * SUSPECTS [174L]\n"
        "- * REBELS [:080]\n"
        "- * LEADERS [###]  # not a comment inside the brackets\n"
        "- * &UNDEFINED [173]\n"
        "- * PROTESTERS [173]\n",
        encoding="utf-8",
    )
    verbs = read_verb_dictionary(path)
    assert verbs.skipped == 5  # ARREST's own entry, three codes, one undefined set
    assert sorted(e.rule for e in verbs.entries) == [
        "weis.txt:3 detain VERB -> 173",
        "weis.txt:8 arrest VERB after=protesters -> 173",
        "weis.txt:8 detain VERB after=protesters -> 173",
    ]


def test_comment_blocks_and_latin_1_files_are_read(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    text = "<!-- PETRARCH 1\n     comments -->\n--- CONDEMN [111] ---\nCONDEMN  # café\n"
    path.write_bytes(text.encode("latin-1"))
    (entry,) = read_verb_dictionary(path).entries
    assert entry.rule == "old.txt:4 condemn VERB -> 111"


def test_a_verb_dictionary_overlays_the_packaged_lexicon(verbs: VerbLexicon) -> None:
    lexicon = packaged_lexicon().overlaid(verbs)
    (agree,) = [e for e in lexicon.candidates("agree", "VERB") if not e.conditions]
    assert (agree.origin, agree.code) == ("my.verbs.txt:17", "030")


def test_a_missing_dictionary_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"\[E501\].*nowhere.txt.*cannot be read"):
        read_verb_dictionary(tmp_path / "nowhere.txt")


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "verbs.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DataFileError, match=r"\[E501\].*binary"):
        read_verb_dictionary(path)


def test_a_file_without_a_verb_block_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sets.txt"
    path.write_text("# only a set\n&PACT\n+TREATY\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"\[E501\].*no --- VERB \[CODE\] --- block"):
        read_verb_dictionary(path)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("--- SIGN [057] ---\nSIGN\n- * PACT\n", 3, "a pattern with no \\[CODE\\]"),
        ("# patterns first\n- * PACT [057]\n--- SIGN [057] ---\n", 2, "before any verb block"),
        ("--- SIGN [057] ---\nSIGN\n- PACT [057]\n", 3, "no \\* for the verb"),
        ("--- SIGN [057] ---\nSIGN\n- * (TO PACT [057]\n", 3, "unclosed"),
        ("--- [057] ---\nSIGN\n", 1, "header with no VERB"),
        ("SIGN\n--- SIGN [057] ---\n", 1, "before any verb block"),
        ("+TREATY\n--- SIGN [057] ---\n", 1, "\\+MEMBER line before any &SET"),
    ],
)
def test_a_malformed_line_is_named(tmp_path: Path, text: str, line: int, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"\[E502\] .*bad.txt: line {line}: .*{reason}.*; "):
        read_verb_dictionary(path)


def test_the_petrarch_validation_dictionary() -> None:
    if not SHARED_VERBS.exists():
        pytest.skip("the PETRARCH unit-test dictionary is not in ../shared/data")
    verbs = read_verb_dictionary(SHARED_VERBS)
    sanctions = _entry(verbs, "agree", Condition("prep", ("to",), frozenset({"sanctions"})))
    assert sanctions.code == "163"
    assert _entry(verbs, "agree").code == "050"
    assert _entry(verbs, "begin").code is None  # --- BEGIN [---] ---
    assert _entry(verbs, "take", Condition("prt", ("note",))).code == "010"
    assert verbs.inflections["say"] == ("says", "said", "saying")
    assert verbs.skipped > 0  # the WEIS codes of its KEDS past: 212, 075A, 174L ...
    assert not [entry for entry in verbs.entries if entry.code == "212"]
