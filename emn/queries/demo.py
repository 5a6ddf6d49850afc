"""Demo ad-hoc queries, one in each state, answered by the demo NCPs (invented wording).

Written through the services as the people who would do it: coordinators ask and submit,
contributors draft. A query whose title exists is left alone, so loading twice adds nothing.
"""

from __future__ import annotations

from typing import Any

from emn.accounts.demo import email_of
from emn.accounts.models import User
from emn.contributions.models import Contribution
from emn.core.models import Theme
from emn.network.models import Country
from emn.queries import services
from emn.queries.models import AdHocQuery, Question

K = Question.Kind
ASKED = ("SI", "LT", "FR", "DE", "AT", "NL")


def _user(local: str) -> User:
    return User.objects.get(email=email_of(local))


def _draft(asker: User, spec: dict[str, Any]) -> AdHocQuery:
    query = services.create_query(
        asker,
        title=spec["title"],
        background=spec["background"],
        theme=Theme.objects.get(code=spec["theme"]),
        keywords=spec.get("keywords", []),
        countries=list(Country.objects.filter(code__in=ASKED)),
        dissemination=spec.get("dissemination", "emn"),
    )
    for question in spec["questions"]:
        services.add_question(asker, query, **question)
    return query


def _answer(query: AdHocQuery, code: str, local: str, values: list[Any], **kwargs: Any) -> None:
    """Save a country's answers (by question position) as `local`."""
    response = Contribution.objects.get(request=query.request, country__code=code)
    by_position = {q.position: q.pk for q in query.questions.all()}
    answers = {by_position[i]: v for i, v in enumerate(values, start=1) if v is not None}
    services.save_answers(
        _user(local), response, answers, expected_version=response.version, **kwargs
    )


def _submit(query: AdHocQuery, code: str) -> None:
    response = Contribution.objects.get(request=query.request, country__code=code)
    services.submit_response(_user(f"coordinator.{code.lower()}"), response)


AGE_ASSESSMENT = {
    "title": "Age assessment of unaccompanied minors claiming asylum",
    "background": "<p>The national ombudsperson questioned the reliability of the bone X-ray "
    "test used at the border. The Ministry wants to know which methods other States rely on "
    "before revising its guidelines.</p>",
    "theme": "unaccompanied-minors",
    "keywords": ["age assessment", "unaccompanied minor"],
    "questions": [
        {"kind": K.YES_NO, "text": "Is age assessment regulated by law?", "required": True},
        {
            "kind": K.MULTIPLE,
            "text": "Which methods are used?",
            "choices": ["Interview", "Documents", "Dental X-ray", "Wrist X-ray", "Psychosocial"],
        },
        {
            "kind": K.NUMBER,
            "text": "How many assessments were carried out in 2025?",
            "unit": "assessments",
        },
        {"kind": K.TEXT, "text": "How can the person challenge the result?"},
    ],
}
LABOUR_MARKET = {
    "title": "Labour-market access of applicants for international protection",
    "background": "<p>Parliament is discussing shortening the waiting period before applicants "
    "may work. The NCP collects how long others wait and which conditions apply.</p>",
    "theme": "international-protection",
    "keywords": ["labour market", "applicant"],
    "questions": [
        {
            "kind": K.NUMBER,
            "text": "After how many months may an applicant start working?",
            "unit": "months",
            "required": True,
        },
        {
            "kind": K.SINGLE,
            "text": "Is a work permit needed?",
            "choices": ["No", "Yes, simplified", "Yes, ordinary procedure"],
        },
        {"kind": K.YES_NO, "text": "Are some sectors closed to applicants?"},
        {"kind": K.TEXT, "text": "Describe any recent or planned change."},
    ],
}
RETURN_COUNSELLING = {
    "title": "Return counselling for people in pre-removal detention",
    "background": "<p>The Commission prepares a discussion in the Return Expert Group on "
    "counselling offered in detention centres and its effect on voluntary departures.</p>",
    "theme": "return",
    "keywords": ["return counselling", "detention"],
    "questions": [
        {"kind": K.YES_NO, "text": "Is return counselling offered in detention?", "required": True},
        {
            "kind": K.SINGLE,
            "text": "Who provides it?",
            "choices": ["State authority", "IOM", "NGO", "Mixed"],
        },
        {
            "kind": K.TABLE,
            "text": "Voluntary departures from detention",
            "table_rows": ["2024", "2025"],
            "table_columns": ["Counselled", "Departed voluntarily"],
        },
        {"kind": K.TEXT, "text": "What works best in your experience?"},
    ],
}
TRAFFICKING = {
    "title": "Reflection period for presumed victims of trafficking",
    "background": "<p>The national rapporteur on trafficking asked how long the reflection "
    "period lasts elsewhere and whether it comes with a residence document.</p>",
    "theme": "trafficking",
    "keywords": ["reflection period", "trafficking"],
    "dissemination": "public",
    "questions": [
        {"kind": K.NUMBER, "text": "How long is the reflection period?", "unit": "days"},
        {"kind": K.YES_NO, "text": "Is a residence document issued during it?"},
        {
            "kind": K.MULTIPLE,
            "text": "Which support is granted?",
            "choices": ["Shelter", "Medical care", "Legal aid", "Interpretation"],
        },
        {"kind": K.TEXT, "text": "Who identifies presumed victims?"},
    ],
}
STATELESSNESS = {
    "title": "Statelessness determination procedures",
    "background": "<p>Drafting a dedicated procedure; we would like to learn which authority "
    "decides elsewhere and how long it takes.</p>",
    "theme": "statelessness",
    "keywords": ["statelessness determination"],
    "questions": [
        {"kind": K.YES_NO, "text": "Is there a dedicated statelessness determination procedure?"},
        {"kind": K.NUMBER, "text": "Average length of the procedure", "unit": "months"},
    ],
}
FAMILY = {
    "title": "Family reunification of beneficiaries of subsidiary protection",
    "background": "<p>Asked to prepare a ministerial meeting; withdrawn when the meeting was "
    "cancelled.</p>",
    "theme": "family-reunification",
    "questions": [{"kind": K.YES_NO, "text": "Is a waiting period applied?"}],
}


def _open_age_assessment() -> None:
    query = _draft(_user("coordinator.fr"), AGE_ASSESSMENT)
    services.launch_query(_user("coordinator.fr"), query)
    _answer(query, "SI", "contributor.si", [True, ["Interview", "Documents"], None, None])
    _answer(
        query,
        "LT",
        "contributor.lt",
        [True, ["Interview", "Wrist X-ray"], 41, "<p>Appeal to the administrative court.</p>"],
    )
    _submit(query, "LT")
    _answer(query, "DE", "coordinator.de", [{"answer": True, "comment": "Social Code VIII"}])
    _submit(query, "DE")


def _closed_labour_market() -> AdHocQuery:
    asker = _user("coordinator.lt")
    query = _draft(asker, LABOUR_MARKET)
    services.launch_query(asker, query)
    _answer(query, "SI", "contributor.si", [9, "No", False, "<p>None planned.</p>"])
    _submit(query, "SI")
    _answer(query, "FR", "coordinator.fr", [6, "Yes, ordinary procedure", False, None])
    _submit(query, "FR")
    _answer(
        query,
        "DE",
        "coordinator.de",
        [3, "Yes, simplified", {"answer": True, "comment": "Temporary agency work"}, None],
    )
    _submit(query, "DE")
    services.close_query(asker, query)
    return query


def _return_answers(query: AdHocQuery) -> None:
    for code, local, values in (
        (
            "SI",
            "contributor.si",
            [
                True,
                "NGO",
                {"2024": {"Counselled": "85", "Departed voluntarily": "21"}},
                "<p>Counselling from the first day.</p>",
            ],
        ),
        (
            "LT",
            "contributor.lt",
            [True, "IOM", {"2025": {"Counselled": "140", "Departed voluntarily": "52"}}, None],
        ),
        (
            "FR",
            "coordinator.fr",
            [True, "State authority", None, "<p>Counsellors who speak the language.</p>"],
        ),
        (
            "DE",
            "coordinator.de",
            [{"answer": False, "comment": "Only on request"}, None, None, None],
        ),
    ):
        _answer(query, code, local, values)
        _submit(query, code)


def _compiled_return(actor: User) -> None:
    query = _draft(actor, RETURN_COUNSELLING)
    services.launch_query(actor, query)
    _return_answers(query)
    services.close_query(actor, query)
    services.compile_query(
        actor,
        query,
        "<p>Four countries answered within two weeks.</p>",
        "<p>Counselling is offered in detention almost everywhere; who provides it varies.</p>",
    )


def _published_trafficking() -> None:
    asker = _user("coordinator.si")
    query = _draft(asker, TRAFFICKING)
    services.launch_query(asker, query)
    _answer(
        query,
        "LT",
        "contributor.lt",
        [30, True, ["Shelter", "Medical care"], "<p>Police and NGOs.</p>"],
    )
    _submit(query, "LT")
    _answer(
        query,
        "FR",
        "coordinator.fr",
        [30, True, ["Shelter", "Legal aid"], "<p>Police and labour inspectors.</p>"],
    )
    _submit(query, "FR")
    # Germany answers for the network only: it is left out of the public compilation.
    _answer(
        query,
        "DE",
        "coordinator.de",
        [90, False, ["Shelter", "Interpretation"], None],
        publishable=False,
    )
    _submit(query, "DE")
    services.close_query(asker, query)
    services.compile_query(
        asker,
        query,
        "<p>Asked for the national rapporteur.</p>",
        "<p>The reflection period ranges from 30 to 90 days.</p>",
    )
    services.publish_query(asker, query, dissemination="public")


def _withdrawn_family() -> None:
    asker = _user("coordinator.de")
    query = _draft(asker, FAMILY)
    services.launch_query(asker, query)
    services.withdraw_query(asker, query, "The meeting was cancelled.")


def load(actor: Any, out: Any) -> None:
    steps = (
        (STATELESSNESS, lambda: _draft(_user("coordinator.de"), STATELESSNESS)),
        (AGE_ASSESSMENT, _open_age_assessment),
        (LABOUR_MARKET, _closed_labour_market),
        (RETURN_COUNSELLING, lambda: _compiled_return(actor)),
        (TRAFFICKING, _published_trafficking),
        (FAMILY, _withdrawn_family),
    )
    created = 0
    for spec, make in steps:
        if AdHocQuery.objects.filter(title=spec["title"]).exists():
            continue
        make()
        created += 1
    out.write(f"Ad-hoc queries: {created} created, {len(steps) - created} kept as they were.")
