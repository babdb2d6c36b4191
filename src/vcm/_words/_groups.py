"""The classes of the language table: one field per word, one instance per language.

mypy --strict checks every language's instance: a missing or misspelt word is an error.
The instances are :data:`vcm._words.english.ENGLISH` and :data:`vcm._words.dutch.DUTCH`.
"""

from __future__ import annotations

import attrs

__all__ = [
    "CliWords",
    "CodeTitles",
    "DiffWords",
    "EnumWords",
    "ErrorWords",
    "Kinds",
    "Messages",
    "ReportWords",
    "WorkbookWords",
]


@attrs.frozen(kw_only=True)
class EnumWords:
    """The word of every enum value of the model, the checks and the analyses.

    A field is named after the value as the file format writes it, ``-`` as ``_``
    (``half_yearly`` for ``half-yearly``); :func:`vcm.vocabulary.word` looks it up.
    """

    behavioural: str
    professional: str
    ethical: str
    delegated: str
    mandated: str
    quantitative: str
    qualitative: str
    higher: str
    lower: str
    weekly: str
    monthly: str
    quarterly: str
    half_yearly: str = attrs.field(metadata={"value": "half-yearly"})
    yearly: str
    on_track: str
    at_risk: str
    off_track: str
    overdue: str
    no_data: str
    training: str
    coaching: str
    intervision: str
    on_the_job: str
    other: str
    planned: str
    in_progress: str
    done: str
    cancelled: str
    error: str
    warning: str
    info: str
    assessed: str
    unassessed: str
    not_observable: str
    expired: str


@attrs.frozen(kw_only=True)
class CodeTitles:
    """The title of every finding code, by the code in lower case (``vcm201``)."""

    vcm100: str
    vcm101: str
    vcm102: str
    vcm103: str
    vcm104: str
    vcm200: str
    vcm201: str
    vcm202: str
    vcm203: str
    vcm204: str
    vcm205: str
    vcm206: str
    vcm207: str
    vcm300: str
    vcm301: str
    vcm302: str
    vcm303: str
    vcm304: str
    vcm305: str
    vcm400: str
    vcm401: str
    vcm402: str
    vcm403: str
    vcm404: str
    vcm405: str
    vcm406: str
    vcm500: str
    vcm501: str
    vcm502: str


@attrs.frozen(kw_only=True)
class Messages:
    """The template of every check message (``vcm100_id`` for ``VCM100.id``).

    A template names its fields; ``vcm._checks.messages.say`` fills them in.
    """

    vcm100_id: str
    vcm100_row: str
    vcm100_behaviour: str
    vcm100_indicator: str
    vcm101_unknown: str
    vcm101_unknown_close: str
    vcm101_foreign_result: str
    vcm101_foreign_watch: str
    vcm102_row: str
    vcm102_assessment: str
    vcm102_development: str
    vcm102_indicator: str
    vcm103_order: str
    vcm103_empty: str
    vcm104_status: str
    vcm104_value: str
    vcm200: str
    vcm201: str
    vcm202: str
    vcm203: str
    vcm204: str
    vcm205_higher: str
    vcm205_lower: str
    vcm206: str
    vcm207: str
    vcm300: str
    vcm301: str
    vcm302: str
    vcm303: str
    vcm304: str
    vcm305: str
    vcm400: str
    vcm401: str
    vcm402: str
    vcm403: str
    vcm404: str
    vcm405: str
    vcm406: str
    vcm500: str
    vcm501: str
    vcm502: str
    owner_competence: str
    owner_result: str
    owner_responsibility: str
    owner_matrix: str
    owner_row: str
    owner_rule: str
    owner_person: str
    owner_assessment: str
    owner_development: str
    reading_quantity: str
    reading_target: str
    reading_threshold: str
    reading_judged: str
    reading_noted: str
    reading_bounded: str


@attrs.frozen(kw_only=True)
class Kinds:
    """The words a message uses for a kind of object and a missing field of a rule."""

    value: str
    competence: str
    task_area: str
    result: str
    responsibility: str
    rule: str
    person: str
    unit: str
    direction: str
    target: str
    threshold: str


@attrs.frozen(kw_only=True)
class CliWords:
    """What the command line writes itself: headings, column heads, summaries."""

    as_of: str
    error: str
    warning: str
    info: str
    summary: str
    ok: str
    not_ok: str
    clean: str
    person: str
    competence: str
    required: str
    current: str
    gap: str
    priority: str
    actions: str
    no_gaps: str
    gaps_summary: str
    purpose: str
    situation: str
    results: str
    values: str
    in_general: str
    is_not: str
    here: str
    responsible: str
    may_decide: str
    escalate: str
    beyond_limit: str
    watched: str
    level: str
    limit: str
    client: str
    none: str
    task_area: str
    members: str
    now: str
    projected: str
    by: str
    rule: str
    frequency: str
    owner: str
    status: str
    reading: str
    coverage_summary: str
    status_summary: str
    no_rules: str
    explain_watches: str
    explain_carried: str
    explain_asks: str
    explain_needed_for: str
    explain_no_gap: str
    explain_level: str
    due: str


@attrs.frozen(kw_only=True)
class WorkbookWords:
    """What the workbook writes itself: sheet names, column heads, overview text.

    ``Labels["sheet.values"]`` of the xlsx exporter reads ``sheet_values``.
    """

    sheet_overview: str
    gaps_total: str
    sheet_summary: str
    sheet_trends: str
    sheet_profiles: str
    chart_rules: str
    chart_coverage: str
    reading: str
    charts_capped: str
    sheet_organisation: str
    sheet_values: str
    sheet_value_behaviours: str
    sheet_scale: str
    sheet_competences: str
    sheet_indicators: str
    sheet_references: str
    sheet_task_areas: str
    sheet_results: str
    sheet_responsibilities: str
    sheet_authorities: str
    sheet_matrix: str
    sheet_monitoring: str
    sheet_observations: str
    sheet_findings: str
    sheet_people: str
    sheet_assessments: str
    sheet_development: str
    sheet_gaps: str
    sheet_task_area: str
    field: str
    value: str
    id: str
    name: str
    description: str
    kind: str
    position: str
    text: str
    level: str
    competence: str
    values: str
    reference: str
    task_area: str
    sheet: str
    client: str
    results: str
    competences: str
    responsibility: str
    limit: str
    escalate_to: str
    matrix_row: str
    behaviour: str
    rule: str
    indicator: str
    method: str
    frequency: str
    owner: str
    unit: str
    direction: str
    target: str
    threshold: str
    response: str
    status: str
    date: str
    note: str
    code: str
    severity: str
    path: str
    place: str
    message: str
    ids: str
    person: str
    task_areas: str
    observable: str
    valid_until: str
    assessor: str
    evidence: str
    target_level: str
    due: str
    field_vcm: str
    field_id: str
    field_name: str
    field_language: str
    field_vision: str
    field_mission: str
    field_statement: str
    title: str
    organisation: str
    purpose: str
    vision: str
    mission: str
    statement: str
    as_of: str
    people_data: str
    people_included: str
    people_left_out: str
    scale: str
    task_areas_heading: str
    findings: str
    no_findings: str
    has_errors: str
    findings_summary: str
    findings_see: str
    reading_guide: str
    matrix_hint: str
    results_heading: str
    tvb_heading: str
    monitoring_heading: str
    result: str
    authorities: str
    how: str
    norm: str
    latest: str
    limit_word: str
    escalate_word: str
    target_word: str
    threshold_word: str
    gap_unassessed: str
    gap_not_observable: str
    gap_expired: str
    gaps_legend: str
    choose_title: str
    choose_level: str
    choose_id: str
    choose_word: str
    sheet_instructions: str
    instructions_title: str
    instructions: str
    order: str
    competence_name: str
    person_name: str
    rule_indicator: str
    kind_behaviours: str
    kind_counter_behaviours: str
    problems_many: str
    problems_more: str
    found_expected: str
    found_empty: str
    expected_whole: str
    expected_number: str
    expected_date: str
    expected_flag: str
    expected_words: str
    expected_value: str
    expected_status_header: str
    problem_formula: str
    problem_error_value: str
    problem_missing_column: str
    problem_unknown_column: str
    problem_disagrees: str
    problem_not_read: str
    problem_no_value_id: str
    problem_no_sheet: str
    problem_unknown_field: str
    problem_orphan: str
    problem_too_long: str


@attrs.frozen(kw_only=True)
class ReportWords:
    """What the Word report writes itself: headings, column heads, sentences."""

    default_title: str
    contents: str
    toc_hint: str
    purpose: str
    vision: str
    mission: str
    statement: str
    values: str
    behaviours: str
    counter_behaviours: str
    scale: str
    level: str
    name: str
    description: str
    competences: str
    competence: str
    realises: str
    results: str
    result: str
    client: str
    serves: str
    tvb: str
    responsibility: str
    authorities: str
    limit: str
    escalate_to: str
    matrix: str
    matrix_intro: str
    required_level: str
    monitoring: str
    indicator: str
    how: str
    norm: str
    target: str
    threshold: str
    on_a_miss: str
    status: str
    status_intro: str
    rule_needs_action: str
    rule_carried_by: str
    rule_needs: str
    rule_gaps: str
    none: str
    people: str
    member_of: str
    gaps: str
    required: str
    current: str
    gap: str
    priority: str
    open_actions: str
    no_gaps: str
    development: str
    action: str
    target_level: str
    due: str
    no_development: str
    findings: str
    findings_intro: str
    findings_people_left_out: str
    severity: str
    code: str
    where: str
    message: str
    errors: str
    warnings: str
    infos: str
    summary: str
    summary_intro: str
    summary_monitoring: str
    summary_coverage: str
    summary_findings: str
    task_area: str
    members: str
    reached_now: str
    reached_projected: str
    single_person: str
    actions_open: str
    of_total: str
    by_date: str
    not_shown: str
    privacy_note: str
    coverage: str
    coverage_intro: str
    now: str
    projected: str
    trend: str
    has_errors: str


@attrs.frozen(kw_only=True)
class DiffWords:
    """What ``vcm diff`` writes: the kinds of change, the elements, the sections of a place
    (``District North › Matrix › Listening``) and the fields of the file format."""

    kind_added: str
    kind_removed: str
    kind_changed: str
    kind_moved: str
    none: str
    empty: str
    position: str
    title: str
    compared: str
    count: str
    one: str
    what: str
    where: str
    before: str
    after: str
    yes: str
    no: str
    element_organisation: str
    element_purpose: str
    element_scale: str
    element_value: str
    element_competence: str
    element_task_area: str
    element_person: str
    element_level: str
    element_indicator: str
    element_result: str
    element_responsibility: str
    element_authority: str
    element_requirement: str
    element_behaviour: str
    element_monitoring_rule: str
    element_observation: str
    element_assessment: str
    element_development_action: str
    element_value_behaviour: str
    element_counter_behaviour: str
    element_indicator_behaviour: str
    section_value: str
    section_competence: str
    section_level: str
    section_indicator: str
    section_result: str
    section_responsibility: str
    section_authority: str
    section_requirement: str
    section_behaviour: str
    section_monitoring_rule: str
    section_observation: str
    section_assessment: str
    section_development_action: str
    section_value_behaviour: str
    section_counter_behaviour: str
    section_indicator_behaviour: str
    field_id: str
    field_name: str
    field_language: str
    field_vision: str
    field_mission: str
    field_statement: str
    field_description: str
    field_kind: str
    field_values: str
    field_references: str
    field_level: str
    field_client: str
    field_results: str
    field_competences: str
    field_limit: str
    field_escalate_to: str
    field_text: str
    field_indicator: str
    field_frequency: str
    field_owner: str
    field_method: str
    field_unit: str
    field_direction: str
    field_target: str
    field_threshold: str
    field_response: str
    field_date: str
    field_value: str
    field_status: str
    field_note: str
    field_task_areas: str
    field_observable: str
    field_assessor: str
    field_evidence: str
    field_target_level: str
    field_due: str
    field_valid_until: str
    field_competence: str


@attrs.frozen(kw_only=True)
class ErrorWords:
    """The reasons of load errors, and the words around them (``line``, ``at``).

    The English column is also the pattern a reason is recognised by (``vcm.errors.in_language``):
    a template's ``{found}`` is what was found (``found_*``), said in the language too.
    The order counts: the first template that fits wins, so the specific come first.
    """

    line: str
    at: str
    found_null: str
    found_yes_no: str
    found_number: str
    found_datetime: str
    found_date: str
    found_text: str
    found_list: str
    found_mapping: str
    found_large: str
    found_plain_text: str
    hint_quotes: str
    hint_did_you_mean: str
    hint_expected: str
    file_empty: str
    not_utf8: str
    too_large: str
    cannot_read: str
    yaml_character: str
    not_yaml: str
    not_json: str
    too_deep: str
    key_not_text: str
    key_twice: str
    tag: str
    alias_self: str
    aliases: str
    no_version: str
    newer: str
    version: str
    required_key: str
    unknown_key: str
    yes_no_11: str
    number_11: str
    not_calendar: str
    not_iso_date: str
    not_null: str
    not_bool: str
    not_int: str
    not_float: str
    merge_key: str
    cannot_be: str
    level_number: str
    level_twice: str
    value_id_text: str
    levels_mapping: str
    values_mapping: str
    mapping: str
    text: str
    whole_number: str
    finite_number: str
    number: str
    true_false: str
    day_no_time: str
    day_like: str
    day: str
    one_of: str
    list: str
    tuple: str
    id_text: str
    at_least_one: str
    blank: str
    empty: str
    control: str
    unwritable: str
    id_control: str
    id_space: str
    assessment_level: str
    assessment_no_level: str
    observation_reading: str
    a_kind: str
    found_other: str
