"""The English column of the language table."""

from __future__ import annotations

from vcm._words import _groups
from vcm._words._table import Words
from vcm.model import Language

__all__ = ["ENGLISH"]

ENGLISH = Words(
    language=Language.EN,
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    date_pattern="{day} {month} {year}",
    decimal=".",
    conjunction="and",
    levels="levels {listed}",
    enums=_groups.EnumWords(
        behavioural="behavioural",
        professional="professional",
        ethical="ethical",
        delegated="delegated",
        mandated="mandated",
        quantitative="quantitative",
        qualitative="qualitative",
        higher="higher is better",
        lower="lower is better",
        weekly="weekly",
        monthly="monthly",
        quarterly="quarterly",
        half_yearly="half-yearly",
        yearly="yearly",
        on_track="On track",
        at_risk="At risk",
        off_track="Off track",
        overdue="Overdue",
        no_data="No data",
        training="training",
        coaching="coaching",
        intervision="intervision",
        on_the_job="on the job",
        other="other",
        planned="planned",
        in_progress="in progress",
        done="done",
        cancelled="cancelled",
        error="error",
        warning="warning",
        info="note",
        assessed="assessed",
        unassessed="not assessed",
        not_observable="not observable",
        expired="expired",
    ),
    titles=_groups.CodeTitles(
        vcm100="duplicate id",
        vcm101="reference to an unknown id",
        vcm102="level outside the scale",
        vcm103="scale not numbered 1..n in order",
        vcm104="observation does not fit its rule's kind",
        vcm200="task area without results",
        vcm201="result taken up by no responsibility",
        vcm202="responsibility without authority",
        vcm203="result without a monitoring rule",
        vcm204="quantitative rule incomplete",
        vcm205="threshold on the wrong side of the target",
        vcm206="needed competence not in the matrix",
        vcm207="value without behaviours",
        vcm300="value not shown in a matrix",
        vcm301="result serves no value",
        vcm302="matrix row no responsibility needs",
        vcm303="competence no task area requires",
        vcm304="responsibility needs no competence",
        vcm305="competence realises no value",
        vcm400="never assessed",
        vcm401="gap without development action",
        vcm402="development action overdue",
        vcm403="responsibility no member can carry",
        vcm404="single-person dependency",
        vcm405="assessment expired",
        vcm406="assessment expires soon",
        vcm500="monitoring rule overdue",
        vcm501="monitoring rule off track",
        vcm502="monitoring rule at risk",
    ),
    messages=_groups.Messages(
        vcm100_id="{kind} id '{id}' is already used at {first}",
        vcm100_row=(
            "competence '{competence}' is already in the matrix of task area '{area}', at {first}"
        ),
        vcm100_behaviour=(
            "value '{value}' already has a behaviour in the row of competence '{competence}' in"
            " task area '{area}', at {first}"
        ),
        vcm100_indicator=(
            "competence '{competence}' already has indicators for level {level}, at {first}"
        ),
        vcm101_unknown="{owner} refers to {kind} '{id}', which does not exist",
        vcm101_unknown_close=(
            "{owner} refers to {kind} '{id}', which does not exist (did you mean '{close}'?)"
        ),
        vcm101_foreign_result=(
            "responsibility '{responsibility}' in task area '{area}' takes up result '{result}'"
            " of task area '{other}': a responsibility takes up results of its own task area"
        ),
        vcm101_foreign_watch=(
            "monitoring rule '{rule}' in task area '{area}' watches result '{result}' of task"
            " area '{other}': a rule watches results of its own task area"
        ),
        vcm102_row=(
            "task area '{area}' requires competence '{competence}' at level {level}, which is not"
            " on the scale ({levels})"
        ),
        vcm102_assessment=(
            "an assessment of person '{person}' on competence '{competence}' gives level {level},"
            " which is not on the scale ({levels})"
        ),
        vcm102_development=(
            "a development action of person '{person}' on competence '{competence}' targets level"
            " {level}, which is not on the scale ({levels})"
        ),
        vcm102_indicator=(
            "competence '{competence}' has indicators for level {level}, which is not on the"
            " scale ({levels})"
        ),
        vcm103_order=(
            "the scale's levels are numbered {numbers}; they must be numbered 1 to {count} in order"
        ),
        vcm103_empty="the scale has no levels: it needs at least level 1",
        vcm104_status=(
            "the observation of {date} on quantitative rule '{rule}' in task area '{area}' holds"
            " a status, not a number"
        ),
        vcm104_value=(
            "the observation of {date} on qualitative rule '{rule}' in task area '{area}' holds a"
            " number, not a status"
        ),
        vcm200="task area '{area}' has no results: what does the client need?",
        vcm201="result '{result}' in task area '{area}' is taken up by no responsibility",
        vcm202=(
            "responsibility '{responsibility}' in task area '{area}' has no authority:"
            " responsibility must come with matching authority"
        ),
        vcm203=(
            "result '{result}' in task area '{area}' is watched by no monitoring rule: how is it"
            " watched?"
        ),
        vcm204="quantitative rule '{rule}' in task area '{area}' lacks {missing}",
        vcm205_higher=(
            "the threshold {threshold} of rule '{rule}' in task area '{area}' lies above its"
            " target {target}, while higher is better: it must be at or below the target"
        ),
        vcm205_lower=(
            "the threshold {threshold} of rule '{rule}' in task area '{area}' lies below its"
            " target {target}, while lower is better: it must be at or above the target"
        ),
        vcm206=(
            "responsibility '{responsibility}' in task area '{area}' needs competence"
            " '{competence}', which the task area's matrix does not require"
        ),
        vcm207="value '{value}' has no behaviours: it cannot be observed",
        vcm300="value '{value}' shows in no row of the matrix of task area '{area}'",
        vcm301=(
            "result '{result}' in task area '{area}' serves no value: it is not traced to the"
            " purpose"
        ),
        vcm302=(
            "task area '{area}' requires competence '{competence}', but none of its"
            " responsibilities needs it"
        ),
        vcm303="competence '{competence}' is required by no task area",
        vcm304="responsibility '{responsibility}' in task area '{area}' needs no competence",
        vcm305="competence '{competence}' realises no value",
        vcm400=(
            "person '{person}' has never been assessed on competence '{competence}', required at"
            " level {level} in task area '{area}'"
        ),
        vcm401=(
            "person '{person}' is at level {current} of competence '{competence}' where task area"
            " '{area}' requires level {level}, and has no open development action for it"
        ),
        vcm402=(
            "the development action of person '{person}' on competence '{competence}' was due on"
            " {due} and is still {status}"
        ),
        vcm403=(
            "responsibility '{responsibility}' in task area '{area}' needs competence"
            " '{competence}' at level {level}, which no member of the task area reaches"
        ),
        vcm404=(
            "only one member of task area '{area}' reaches level {level} of competence"
            " '{competence}': a single-person dependency"
        ),
        vcm405=(
            "the assessment of person '{person}' on competence '{competence}' was valid until"
            " {until}: the level task area '{area}' requires ({level}) is not known to be met"
            " until the person is assessed again"
        ),
        vcm406=(
            "the assessment of person '{person}' on competence '{competence}', required in task"
            " area '{area}', is valid until {until}: plan the next one"
        ),
        vcm500=(
            "monitoring rule '{rule}' in task area '{area}' is overdue: its latest observation,"
            " of {date}, is more than {days} days old ({frequency})"
        ),
        vcm501="monitoring rule '{rule}' in task area '{area}' is off track: {reading}",
        vcm502="monitoring rule '{rule}' in task area '{area}' is at risk: {reading}",
        owner_competence="competence '{competence}'",
        owner_result="result '{result}' in task area '{area}'",
        owner_responsibility="responsibility '{responsibility}' in task area '{area}'",
        owner_matrix="the matrix of task area '{area}'",
        owner_row="the row of competence '{competence}' in the matrix of task area '{area}'",
        owner_rule="monitoring rule '{rule}' in task area '{area}'",
        owner_person="person '{person}'",
        owner_assessment="an assessment of person '{person}'",
        owner_development="a development action of person '{person}'",
        reading_quantity="{value} on {date}",
        reading_target="target {target}",
        reading_threshold="threshold {threshold}",
        reading_judged="judged so on {date}",
        reading_noted="{judged}: {note}",
        reading_bounded="{reading} ({bounds})",
    ),
    kinds=_groups.Kinds(
        value="value",
        competence="competence",
        task_area="task area",
        result="result",
        responsibility="responsibility",
        rule="monitoring rule",
        person="person",
        unit="a unit",
        direction="a direction",
        target="a target",
        threshold="a threshold",
    ),
    cli=_groups.CliWords(
        as_of="as of",
        error="Errors",
        warning="Warnings",
        info="Notes",
        summary="{errors} error(s), {warnings} warning(s), {infos} note(s)",
        ok="ok",
        not_ok="not ok",
        clean="No findings: the model is consistent and complete.",
        person="Person",
        competence="Competence",
        required="Required",
        current="Current",
        gap="Gap",
        priority="Priority",
        actions="Open actions",
        no_gaps="No gaps.",
        gaps_summary="{count} row(s), {open} open gap(s)",
        purpose="Why we are here",
        situation="The situation touches",
        results="Results",
        values="What matters",
        in_general="In general",
        is_not="Not",
        here="Here, through our competences",
        responsible="Who is responsible",
        may_decide="What you may decide yourself",
        escalate="Beyond these limits, go to",
        beyond_limit="beyond it, go to",
        watched="How it is watched",
        level="level",
        limit="limit",
        client="for",
        none="none recorded",
        task_area="Task area",
        members="Members",
        now="Now",
        projected="Projected",
        by="By",
        rule="Rule",
        frequency="Frequency",
        owner="Owner",
        status="Status",
        reading="Last reading",
        coverage_summary=(
            "{rows} required competence(s): {single} single-person dependency(ies), "
            "{uncovered} uncovered now, {uncovered_later} once open development actions are done"
        ),
        status_summary="{rules} rule(s): {counts}",
        no_rules="No monitoring rules.",
        explain_watches="What it watches",
        explain_carried="Who carries it",
        explain_asks="What that asks, and who can grow",
        explain_needed_for="needed for",
        explain_no_gap="no member has an open gap on it",
        explain_level="level {current} of {required}",
        due="due",
    ),
    workbook=_groups.WorkbookWords(
        sheet_overview="Overview",
        gaps_total="Open gaps",
        sheet_summary="Summary",
        sheet_trends="Trends",
        sheet_profiles="Profiles",
        chart_rules="Monitoring rules by status",
        chart_coverage="Required competences reached",
        reading="Reading",
        charts_capped="Charts for the first {count} only; every number is in the tables.",
        sheet_organisation="Organisation",
        sheet_values="Values",
        sheet_value_behaviours="Value behaviours",
        sheet_scale="Scale",
        sheet_competences="Competences",
        sheet_indicators="Indicators",
        sheet_references="References",
        sheet_task_areas="Task areas",
        sheet_results="Results",
        sheet_responsibilities="Responsibilities",
        sheet_authorities="Authorities",
        sheet_matrix="Matrix",
        sheet_monitoring="Monitoring",
        sheet_observations="Observations",
        sheet_findings="Findings",
        sheet_people="People",
        sheet_assessments="Assessments",
        sheet_development="Development",
        sheet_gaps="Gap heatmap",
        sheet_task_area="Task area",
        field="Field",
        value="Value",
        id="Id",
        name="Name",
        description="Description",
        kind="Kind",
        position="#",
        text="Text",
        level="Level",
        competence="Competence",
        values="Values",
        reference="Reference",
        task_area="Task area",
        sheet="Sheet",
        client="Client",
        results="Results",
        competences="Competences",
        responsibility="Responsibility",
        limit="Limit",
        escalate_to="Escalate to",
        matrix_row="Matrix row",
        behaviour="Behaviour",
        rule="Rule",
        indicator="Indicator",
        method="Method",
        frequency="Frequency",
        owner="Owner",
        unit="Unit",
        direction="Direction",
        target="Target",
        threshold="Threshold",
        response="Response",
        status="Status",
        date="Date",
        note="Note",
        code="Code",
        severity="Severity",
        path="Path",
        place="Place",
        message="Message",
        ids="Ids",
        person="Person",
        task_areas="Task areas",
        observable="Observable",
        valid_until="Valid until",
        assessor="Assessor",
        evidence="Evidence",
        target_level="Target level",
        due="Due",
        field_vcm="Format version",
        field_id="Id",
        field_name="Name",
        field_language="Language",
        field_vision="Vision",
        field_mission="Mission",
        field_statement="Statement",
        title="Values-competence matrix",
        organisation="Organisation",
        purpose="Purpose",
        vision="Vision",
        mission="Mission",
        statement="Why we exist",
        as_of="Statuses and findings as of",
        people_data="Personal data",
        people_included="included (people, assessments, development, gap heatmap)",
        people_left_out="not included; findings about people are left out",
        scale="Scale",
        task_areas_heading="Task areas",
        findings="Findings",
        no_findings="No findings: the model is consistent.",
        has_errors="Draft: the model has {errors} error(s); see the findings below.",
        findings_summary="{errors} error(s), {warnings} warning(s), {infos} note(s)",
        findings_see="Every finding with its place is on the sheet {sheet}.",
        reading_guide=(
            "One matrix sheet per task area; the data sheets (Excel tables) hold every field of"
            " the model and can be filtered."
        ),
        matrix_hint="Rows: required competences and level; columns: core values.",
        results_heading="Results",
        tvb_heading="Responsibilities and authorities (TVB)",
        monitoring_heading="Monitoring",
        result="Result",
        authorities="Authorities",
        how="How, how often, by whom",
        norm="Norm",
        latest="Latest reading",
        limit_word="limit",
        escalate_word="escalate to",
        target_word="target",
        threshold_word="threshold",
        gap_unassessed="?",
        gap_not_observable="n/o",
        gap_expired="exp",
        gaps_legend=(
            "Gap = required level minus current level; blank: not required; ?: not assessed; n/o:"
            " not observable; exp: the latest assessment has expired."
        ),
        choose_title="Choose from the list",
        choose_level="Choose a level of the scale (sheet {sheet}).",
        choose_id="Choose an id from sheet {sheet}.",
        choose_word="Choose one of: {words}.",
        sheet_instructions="How to fill this in",
        instructions_title="How to fill in this workbook",
        instructions=(
            "Each fact has one place where you edit it; vcm reads the workbook back (vcm update "
            "MODEL.yaml WORKBOOK.xlsx, or vcm validate WORKBOOK.xlsx).\nThe matrix sheets (one "
            "per task area): type a behaviour in the cell of a competence (row) and a core value "
            "(column); change a required level in the Level column; add a competence as a new "
            "row under the grid (its id in column A, its level in column C).\nA new core value: "
            "add a row to the sheet {values}, and a column to the grid with its name in row 3 "
            "and its id in row 4.\nThe data sheets (tables): edit a cell, or type new rows under "
            "the table; every non-empty row is read. An empty cell means the value is "
            "absent.\nLists of ids share one cell, separated by spaces. Dates as Excel dates or "
            "2026-09-15. Choose words from the dropdowns.\nGrey italic cells are shown for "
            "reading only (names beside ids, statuses, the sections under a grid): make a change "
            "where the fact lives. vcm checks that each grey cell agrees with it, and says where "
            "one does not; an empty grey cell is fine.\nSheets that are "
            "wholly derived (summary, trends, profiles, overview, findings, the long matrix "
            "table, the gap heatmap) are "
            "protected; they are made again on the next export.\nNever type a formula: vcm reads "
            "values only and reports a formula with its cell."
        ),
        order="Order",
        competence_name="Competence name",
        person_name="Person name",
        rule_indicator="Rule's indicator",
        kind_behaviours="behaviour",
        kind_counter_behaviours="counter-behaviour",
        problems_many="{count} problems in the workbook:",
        problems_more="... and more (at most {limit} are listed)",
        found_expected="found {found}; expected {expected}",
        found_empty="an empty cell",
        expected_whole="a whole number",
        expected_number="a number",
        expected_date="a date (2026-09-15)",
        expected_flag="TRUE or FALSE",
        expected_words="one of: {words}",
        expected_status_header="the word Status and the date the workbook was made ({example})",
        expected_value="a value (the cell may not be empty)",
        problem_formula="a formula ({found}); vcm reads values only: type the value itself",
        problem_error_value="an error value ({found}); type the value itself",
        problem_missing_column="the column {column!r} is missing",
        problem_unknown_column=(
            "the column {column!r} is not one vcm reads: remove it or move what it holds"
        ),
        problem_disagrees=(
            "shows {found!r}, but {source} says {expected!r}: a change belongs in {source}; "
            "make this cell agree, or empty it"
        ),
        problem_not_read=(
            "shows {found!r}, which vcm does not read (nothing under or beside the grid is "
            "read): make the change on the data sheets, and empty this cell"
        ),
        problem_no_value_id="a column of behaviours without a value id in row 4",
        problem_no_sheet="there is no sheet called {sheet!r}",
        problem_unknown_field="{found!r} is not a field of the organisation",
        problem_orphan="{found!r} is not an id on the sheet {sheet}",
        problem_too_long="the grid has a column without a heading after the last value",
    ),
    report=_groups.ReportWords(
        default_title="Values-competence matrix",
        contents="Contents",
        toc_hint="Word updates this table of contents when the document is opened.",
        purpose="Purpose",
        vision="Vision",
        mission="Mission",
        statement="Why we exist",
        values="Core values",
        behaviours="Behaviours",
        counter_behaviours="What it is not",
        scale="Scale",
        level="Level",
        name="Name",
        description="Description",
        competences="Competences",
        competence="Competence",
        realises="Realises",
        results="Results",
        result="Result",
        client="Client",
        serves="Serves",
        tvb="Responsibilities and authorities (TVB)",
        responsibility="Responsibility",
        authorities="Authorities",
        limit="limit",
        escalate_to="escalate to",
        matrix="Values-competence matrix",
        matrix_intro="How each required competence shows the core values in this task area.",
        required_level="Required level",
        monitoring="Monitoring",
        indicator="Indicator",
        how="How, how often, by whom",
        norm="Norm",
        target="target",
        threshold="threshold",
        on_a_miss="On a miss",
        status="Status",
        status_intro="Status as of {date}.",
        rule_needs_action="{rule}: {status}. Who can act:",
        rule_carried_by="Carried by: {responsibilities}",
        rule_needs="It asks: {competences}",
        rule_gaps="{person} ({competence}, level {current} of {required}){actions}",
        none="—",
        people="People",
        member_of="Member of",
        gaps="Competences and gaps",
        required="Required",
        current="Current",
        gap="Gap",
        priority="Priority",
        open_actions="Open actions",
        no_gaps="No competences required.",
        development="Development plan (POP)",
        action="Action",
        target_level="Target level",
        due="Due",
        no_development="No development actions.",
        findings="Appendix: findings",
        findings_intro="The check of the model as of {date}: {summary}.",
        findings_people_left_out=(
            "Findings about people (VCM400-VCM406) are left out: this report does not include"
            " people."
        ),
        severity="Severity",
        code="Code",
        where="Where",
        message="Finding",
        errors="{count} error(s)",
        warnings="{count} warning(s)",
        infos="{count} note(s)",
        summary="Summary",
        summary_intro=(
            "Where each task area stands as of {date}: its monitoring rules, who reaches the "
            "required levels now and once open development actions are done, and the findings"
            " of the check."
        ),
        summary_monitoring="Monitoring rules by status",
        summary_coverage="Competences and development",
        summary_findings="Findings of the check",
        task_area="Task area",
        members="Members",
        reached_now="Reached now",
        reached_projected="Reached once actions are done",
        single_person="Depends on one person",
        actions_open="Open actions (overdue)",
        of_total="{count} of {total}",
        by_date="by {date}",
        not_shown="fewer than {count} members: not shown",
        privacy_note=(
            "Counts about people are shown only for task areas with at least {count} members:"
            " in a smaller team a count can point to a person."
        ),
        coverage="Coverage",
        coverage_intro=(
            "How many members reach each required level now, and once their open development "
            "actions reach their target level: green two or more, amber one, red none."
        ),
        now="Now",
        projected="Projected",
        trend="Readings",
        has_errors=(
            "This model still has errors (see the appendix of findings): read it as a draft."
        ),
    ),
    diff=_groups.DiffWords(
        kind_added="added",
        kind_removed="removed",
        kind_changed="changed",
        kind_moved="moved",
        none="no changes",
        empty="(empty)",
        position="from place {old} to {new}",
        title="Changes to {organisation}",
        compared="Compared: {old} → {new}",
        count="{count} changes",
        one="1 change",
        what="What",
        where="Where",
        before="Before",
        after="After",
        yes="yes",
        no="no",
        element_organisation="organisation",
        element_purpose="purpose",
        element_scale="scale",
        element_value="value",
        element_competence="competence",
        element_task_area="task area",
        element_person="person",
        element_level="level",
        element_indicator="indicator",
        element_result="result",
        element_responsibility="responsibility",
        element_authority="authority",
        element_requirement="matrix row",
        element_behaviour="behaviour",
        element_monitoring_rule="monitoring rule",
        element_observation="reading",
        element_assessment="assessment",
        element_development_action="development action",
        element_value_behaviour="behaviour",
        element_counter_behaviour="counter-behaviour",
        element_indicator_behaviour="behaviour",
        section_value="Values",
        section_competence="Competences",
        section_level="Scale",
        section_indicator="Level",
        section_result="Results",
        section_responsibility="Responsibilities",
        section_authority="Authorities",
        section_requirement="Matrix",
        section_behaviour="Value",
        section_monitoring_rule="Monitoring",
        section_observation="Readings",
        section_assessment="Assessments",
        section_development_action="Development",
        section_value_behaviour="Behaviours",
        section_counter_behaviour="Counter-behaviours",
        section_indicator_behaviour="Behaviours",
        field_id="id",
        field_name="name",
        field_language="language",
        field_vision="vision",
        field_mission="mission",
        field_statement="statement",
        field_description="description",
        field_kind="kind",
        field_values="values",
        field_references="references",
        field_level="level",
        field_client="client",
        field_results="results",
        field_competences="competences",
        field_limit="limit",
        field_escalate_to="escalate to",
        field_text="behaviour",
        field_indicator="indicator",
        field_frequency="frequency",
        field_owner="owner",
        field_method="method",
        field_unit="unit",
        field_direction="direction",
        field_target="target",
        field_threshold="threshold",
        field_response="response",
        field_date="date",
        field_value="value",
        field_status="status",
        field_note="note",
        field_task_areas="task areas",
        field_observable="observable",
        field_assessor="assessor",
        field_evidence="evidence",
        field_target_level="target level",
        field_due="due",
        field_valid_until="valid until",
        field_competence="competence",
    ),
    errors=_groups.ErrorWords(
        line="line",
        at="at",
        found_null="null (left empty)",
        found_yes_no="the yes/no value {value}",
        found_number="the number {value}",
        found_datetime="the date and time {value}",
        found_date="the date {value}",
        found_text="the text {value}",
        found_list="a list",
        found_mapping="a mapping",
        found_large="a very large whole number",
        found_plain_text="text",
        hint_quotes=" (put it in quotes to keep it as text)",
        hint_did_you_mean=" (did you mean {word}?)",
        hint_expected="; expected one of: {known}",
        file_empty="the file is empty",
        not_utf8=(
            "the file is not UTF-8 text: byte {byte} at offset {offset} cannot be read (save the"
            " file as UTF-8)"
        ),
        too_large=(
            "the document is larger than the limit of {limit} bytes (pass max_bytes= to read"
            " larger files)"
        ),
        cannot_read="cannot read the file: {cause}",
        not_yaml="not valid YAML: {problem}",
        not_json="not valid JSON: {problem}",
        too_deep="the document is nested too deeply",
        key_not_text="a key must be text, not a list or a mapping",
        key_twice="the key {key} is given twice",
        tag=(
            "the tag {tag} is not allowed: a model file holds plain YAML only (mappings, lists,"
            " text, numbers, true/false, null and dates)"
        ),
        alias_self="an alias refers to itself",
        aliases=(
            "aliases expand this document to {nodes} nodes from {distinct}: refused (at most"
            " {limit} nodes may be reached through aliases)"
        ),
        no_version="the key 'vcm: 1' is missing: is this a vcm model?",
        newer=(
            "this file was written by a newer vcm (format version {version}); this vcm reads"
            " version {known}: upgrade vcm to read it"
        ),
        version="must be the format version {version}, not {found}",
        required_key="the required key {key} is missing",
        unknown_key="unknown key {key}",
        yaml_character="not valid YAML: the character {character} is not allowed in a YAML file",
        yes_no_11=(
            "{word} means true or false to YAML 1.1 and the text {text} to YAML 1.2 and JSON:"
            " write true or false, or put it in quotes to keep it as text"
        ),
        number_11=(
            "{value} is a YAML 1.1 form of a number: YAML 1.1 and YAML 1.2 readers disagree on"
            " it: write the number in plain decimal digits (95, -2, 93.5), or put it in quotes to"
            " keep it as text"
        ),
        not_calendar="{value} is not a date in the calendar",
        not_iso_date="{value} is not a date written as YYYY-MM-DD (the tag !!timestamp)",
        not_null="{value} is not null (the tag !!null)",
        not_bool="{value} is not true or false (the tag !!bool)",
        not_int="{value} is not a whole number (the tag !!int)",
        not_float="{value} is not a number (the tag !!float)",
        merge_key=(
            "the merge key << is YAML 1.1 only and not read: write the keys out (an alias, *name,"
            " may stand for a whole value)"
        ),
        cannot_be="{what} cannot be {found}",
        level_number="a level must be a whole number, not {found}",
        level_twice="level {level} is given twice",
        value_id_text="a value id must be text, not {found}",
        levels_mapping="must be a mapping of level to behaviours, not {found}",
        values_mapping="must be a mapping of value id to behaviour, not {found}",
        mapping="must be a mapping (key: value), not {found}",
        text="must be text, not {found}",
        whole_number="must be a whole number, not {found}",
        finite_number="must be a finite number, not {found}",
        number="must be a number, not {found}",
        true_false="must be true or false, not {found}",
        day_no_time="must be a date without a time of day, not {found}",
        day_like="must be a date like 2026-11-29, not {found}",
        day="must be a date, not {found}",
        one_of="must be one of {known}, not {found}",
        list="must be a list, not {found}",
        tuple="must be a tuple, not {found}",
        id_text="must be an id (text), not {found}",
        at_least_one="must be 1 or more, not {found}",
        blank="must not be blank",
        empty="must not be empty",
        control="contains the control character {character} (only tab and newline are allowed)",
        unwritable="contains U+{code}, which no model file or export can hold",
        id_control="an id must not contain control characters or unwritable characters",
        id_space="an id must not contain whitespace: {id}",
        assessment_level=(
            "an assessment needs a level, or observable: false when it could not be observed"
        ),
        assessment_no_level="an assessment that could not be observed has no level",
        observation_reading=(
            "an observation holds either a value (quantitative) or a status (qualitative)"
        ),
        a_kind="must be a {kind}, not {found}",
        found_other="a {value}",
    ),
)
