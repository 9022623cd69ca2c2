#!/usr/bin/env python3
"""Rebuilds the responses of three example evaluations written for issue #18:
examples/collaboration-factors, examples/synergy and examples/check-in.

Each folder's questionnaire.toml is the source and is kept; evaluation.toml and responses/
are made again by the real tool: `partnereval init` in a scratch folder (which copies the
questionnaire byte for byte), then one `partnereval take --answers -` per respondent with an
answers document (docs/answers-format.md) built from the tables below. Response files get
new random names and today's date, so run it only when the questionnaires change (their
hash is stored in every response) and update the figures in each README.md if the answers
change.

Run from the repository root after `cargo build`: python3 scripts/make-examples-18.py
"""
import json
import os
import pathlib
import shutil
import subprocess
import tempfile

TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", "target"))
BIN = str((TARGET / "debug" / "partnereval").resolve())

# ------------------------------------------------------------ collaboration-factors
# Items in file order, grouped by dimension (3 + 4 + 5 + 3 + 3 + 2 = 20). `worth-it` and
# `decided-beforehand` are negatively worded: the digits below are the raw answers.
FACTORS = ["history", "credibility", "support",
           "trust", "right-people", "worth-it", "compromise",
           "ownership", "roles", "decided-beforehand", "adaptability", "pace",
           "informed", "informal-links", "disagreements-aired",
           "goals", "vision", "unique-purpose",
           "means", "leadership"]
AGREEMENT = {"1": "strongly-disagree", "2": "disagree", "3": "neutral", "4": "agree",
             "5": "strongly-agree", "N": "no-answer"}

# (language, sector, answers 1-5 or N for no answer, comments, closing comment)
FACTORS_RESPONDENTS = [
    ("en", "public-health", "444 4424 44243 443 454 15", {}, None),
    ("en", "public-health", "544 5414 45143 544 555 25",
     {"means": "We run on goodwill and overtime; nothing is budgeted for the partnership itself."},
     None),
    ("en", "public-health", "443 4324 34242 433 444 25", {}, None),
    ("en", "community", "332 3243 22532 242 334 11",
     {"decided-beforehand": "The agenda arrives with the decisions already in it.",
      "worth-it": "We give two staff afternoons a month and get little back so far."},
     "Community groups need a real place in setting the agenda, not only in carrying it out."),
    ("fr", "community", "433 3223 33442 352 435 22",
     {"leadership": "La coordination change souvent et le suivi se perd d'une rencontre à l'autre."},
     None),
    ("fr", "community", "332 32N3 32432 352 334 11",
     {"roles": "Personne ne sait vraiment qui fait quoi entre les rencontres."},
     None),
    ("en", "primary-care", "443 4413 44233 433 444 34", {}, None),
    ("en", "primary-care", "NN3 4324 32N33 323 434 21",
     {"history": "I joined this year and cannot say what came before."},
     "Meetings run late and decisions are rarely followed up."),
]

# ------------------------------------------------------------ synergy
SYNERGY_SCALE = ["new-ways", "voices", "joined-up", "community-support",
                 "everyone-heard", "meetings", "time-use"]
HOW_WELL = {"1": "not-well-at-all", "2": "not-so-well", "3": "somewhat-well",
            "4": "very-well", "5": "extremely-well", "N": "no-answer"}

# (language, sector, how-well answers, benefits, drawbacks, drawbacks-which, recommend,
#  hours, satisfaction 0-10, one change, comments, closing comment); None leaves an
#  optional text out, "no-answer" is the no-answer flag.
SYNERGY_RESPONDENTS = [
    ("en", "health", "4544 442", ["reach", "relationships"], "no", None, "yes", 8, "8",
     "Bring residents into the planning, not only into the consultations.", {}, None),
    ("en", "health", "4534 542", ["skills", "relationships", "recognition"], "no", None,
     "yes", 12, "9", None,
     {"voices": "Two residents have sat on the steering committee since the spring."}, None),
    ("fr", "health", "5544 443", ["relationships"], "no", None, "yes", 6, "8",
     "Un tableau de suivi commun des actions, mis à jour après chaque rencontre.", {},
     "Merci à l'équipe de coordination pour son travail."),
    ("en", "health", "3533 432", ["none"], "no", None, "yes", 2, "9", None, {}, None),
    ("en", "community", "3123 221", ["reach", "skills", "influence", "relationships"], "yes",
     "Two staff afternoons a month, and our own waiting list grew meanwhile.", "yes", 24, "2",
     "Hold some meetings in the evening so that residents can come.",
     {"voices": "Residents are invited once the plan is already written."}, None),
    ("fr", "community", "2123 121", ["resources", "relationships"], "yes",
     "Beaucoup de temps en rencontres pour peu de décisions ; nos bénévoles s'essoufflent.",
     "no", 40, "1", "Que les décisions se prennent en rencontre, pas avant.",
     {"meetings": "L'ordre du jour arrive la veille, quand il arrive."}, None),
    ("en", "community", "3122 232", "no-answer", "yes", None, "no", "no-answer", "2", None,
     {}, None),
    ("fr", "community", "3133 222", ["skills", "relationships"], "yes",
     "Des demandes de dernière minute qui bousculent notre programmation.", "no-answer", 16,
     "1", "Un calendrier connu trois mois d'avance.", {}, None),
    ("en", "other", "4434 332", ["none"], "no-answer", None, "yes", 4, "8", None, {}, None),
    ("en", "other", "4234 442", ["reach", "relationships", "recognition"], "no", None, "yes",
     10, "9", "Fewer, shorter meetings, with the papers sent ahead.", {}, None),
]

# ------------------------------------------------------------ check-in
# (language, progress 1-5 or N, confidence "0".."10" or "no-answer", next topic or None)
CHECK_IN_RESPONDENTS = [
    ("en", "4", "7", "The budget for next year, before it is decided for us."),
    ("en", "5", "8", "How we welcome the new school board representative."),
    ("fr", "4", "6", "Le budget de l'an prochain."),
    ("fr", "3", "5", None),
    ("en", "2", "4", "Who follows up on decisions between meetings?"),
    ("fr", "4", "no-answer", "Le suivi des décisions entre les rencontres."),
]


def factors_answers(lang, sector, codes, comments, closing):
    codes = codes.replace(" ", "")
    assert len(codes) == len(FACTORS), codes
    doc = {"language": lang, "profile": {"sector": sector},
           "answers": {item: AGREEMENT[c] for item, c in zip(FACTORS, codes)},
           "comments": comments}
    if closing:
        doc["closing_comment"] = closing
    return doc


def synergy_answers(lang, sector, codes, benefits, drawbacks, which, recommend, hours,
                    satisfaction, change, comments, closing):
    codes = codes.replace(" ", "")
    assert len(codes) == len(SYNERGY_SCALE), codes
    answers = {item: HOW_WELL[c] for item, c in zip(SYNERGY_SCALE, codes)}
    answers.update({"benefits": benefits, "drawbacks": drawbacks, "recommend": recommend,
                    "hours": hours, "satisfaction": satisfaction})
    if which is not None:
        assert drawbacks == "yes", "the follow-up is only for those who answered yes"
        answers["drawbacks-which"] = which
    if change is not None:
        answers["one-change"] = change
    doc = {"language": lang, "profile": {"sector": sector}, "answers": answers,
           "comments": comments}
    if closing:
        doc["closing_comment"] = closing
    return doc


def check_in_answers(lang, progress, confidence, topic):
    answers = {"progress": AGREEMENT[progress], "confidence": confidence}
    if topic is not None:
        answers["next-topic"] = topic
    return {"language": lang, "answers": answers}


def build(name, title, docs):
    folder = pathlib.Path("examples") / name
    with tempfile.TemporaryDirectory() as scratch:
        work = pathlib.Path(scratch) / name
        subprocess.run([BIN, "init", str(work), "--questionnaire",
                        str(folder / "questionnaire.toml"), "--name", title],
                       check=True, stdout=subprocess.DEVNULL)
        assert (work / "questionnaire.toml").read_bytes() == \
            (folder / "questionnaire.toml").read_bytes()
        for doc in docs:
            subprocess.run([BIN, "take", str(work), "--answers", "-"], input=json.dumps(doc),
                           capture_output=True, text=True, check=True)
        shutil.rmtree(folder / "responses", ignore_errors=True)
        shutil.copy(work / "evaluation.toml", folder / "evaluation.toml")
        shutil.copytree(work / "responses", folder / "responses",
                        ignore=shutil.ignore_patterns(".drafts"))
    print(f"{len(docs)} responses in {folder}/responses")


build("collaboration-factors", "Eastside healthy ageing coalition",
      [factors_answers(*r) for r in FACTORS_RESPONDENTS])
build("synergy", "Harbour food security partnership",
      [synergy_answers(*r) for r in SYNERGY_RESPONDENTS])
build("check-in", "Lakeview school-community committee",
      [check_in_answers(*r) for r in CHECK_IN_RESPONDENTS])
