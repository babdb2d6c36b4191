"""The Dutch column of the language table."""

from __future__ import annotations

from vcm._words import _groups
from vcm._words._table import Words
from vcm.model import Language

__all__ = ["DUTCH"]

DUTCH = Words(
    language=Language.NL,
    months=(
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    date_pattern="{day} {month} {year}",
    decimal=",",
    conjunction="en",
    levels="niveaus {listed}",
    enums=_groups.EnumWords(
        behavioural="gedragscompetentie",
        professional="vakcompetentie",
        ethical="ethische competentie",
        delegated="gedelegeerd",
        mandated="gemandateerd",
        quantitative="kwantitatief",
        qualitative="kwalitatief",
        higher="hoger is beter",
        lower="lager is beter",
        weekly="wekelijks",
        monthly="maandelijks",
        quarterly="per kwartaal",
        half_yearly="halfjaarlijks",
        yearly="jaarlijks",
        on_track="Op koers",
        at_risk="Risico",
        off_track="Uit koers",
        overdue="Achterstallig",
        no_data="Geen gegevens",
        training="training",
        coaching="coaching",
        intervision="intervisie",
        on_the_job="leren in het werk",
        other="anders",
        planned="gepland",
        in_progress="in uitvoering",
        done="afgerond",
        cancelled="geannuleerd",
        error="fout",
        warning="waarschuwing",
        info="opmerking",
        assessed="beoordeeld",
        unassessed="niet beoordeeld",
        not_observable="niet waarneembaar",
        expired="verlopen",
    ),
    titles=_groups.CodeTitles(
        vcm100="dubbele id",
        vcm101="verwijzing naar een onbekende id",
        vcm102="niveau buiten de schaal",
        vcm103="schaal niet op volgorde genummerd 1..n",
        vcm104="meting past niet bij de soort bewakingsregel",
        vcm200="taakgebied zonder resultaten",
        vcm201="resultaat zonder verantwoordelijkheid",
        vcm202="verantwoordelijkheid zonder bevoegdheid",
        vcm203="resultaat zonder bewakingsregel",
        vcm204="kwantitatieve bewakingsregel onvolledig",
        vcm205="drempelwaarde aan de verkeerde kant van de streefwaarde",
        vcm206="benodigde competentie niet in de matrix",
        vcm207="kernwaarde zonder gedrag",
        vcm300="kernwaarde niet zichtbaar in een matrix",
        vcm301="resultaat dient geen kernwaarde",
        vcm302="matrixregel die geen verantwoordelijkheid vraagt",
        vcm303="competentie die geen taakgebied vraagt",
        vcm304="verantwoordelijkheid zonder competentie",
        vcm305="competentie zonder kernwaarde",
        vcm400="nooit beoordeeld",
        vcm401="tekort zonder ontwikkelactie",
        vcm402="ontwikkelactie over de datum",
        vcm403="verantwoordelijkheid die geen lid kan dragen",
        vcm404="afhankelijk van één medewerker",
        vcm405="beoordeling verlopen",
        vcm406="beoordeling verloopt binnenkort",
        vcm500="bewakingsregel niet op tijd gemeten",
        vcm501="bewakingsregel uit koers",
        vcm502="bewakingsregel loopt risico",
    ),
    messages=_groups.Messages(
        vcm100_id="{kind}-id '{id}' is al gebruikt bij {first}",
        vcm100_row=(
            "competentie '{competence}' staat al in de matrix van taakgebied '{area}', bij {first}"
        ),
        vcm100_behaviour=(
            "kernwaarde '{value}' heeft al gedrag in de regel van competentie '{competence}' in"
            " taakgebied '{area}', bij {first}"
        ),
        vcm100_indicator=(
            "competentie '{competence}' heeft al indicatoren voor niveau {level}, bij {first}"
        ),
        vcm101_unknown="{owner} verwijst naar {kind} '{id}', maar die id bestaat niet",
        vcm101_unknown_close=(
            "{owner} verwijst naar {kind} '{id}', maar die id bestaat niet (bedoelde je '{close}'?)"
        ),
        vcm101_foreign_result=(
            "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' pakt resultaat"
            " '{result}' van taakgebied '{other}' op: een verantwoordelijkheid pakt resultaten"
            " van het eigen taakgebied op"
        ),
        vcm101_foreign_watch=(
            "bewakingsregel '{rule}' in taakgebied '{area}' bewaakt resultaat '{result}' van"
            " taakgebied '{other}': een bewakingsregel bewaakt resultaten van het eigen"
            " taakgebied"
        ),
        vcm102_row=(
            "taakgebied '{area}' vraagt competentie '{competence}' op niveau {level}, dat niet op"
            " de schaal staat ({levels})"
        ),
        vcm102_assessment=(
            "een beoordeling van medewerker '{person}' op competentie '{competence}' geeft niveau"
            " {level}, dat niet op de schaal staat ({levels})"
        ),
        vcm102_development=(
            "een ontwikkelactie van medewerker '{person}' voor competentie '{competence}' mikt op"
            " niveau {level}, dat niet op de schaal staat ({levels})"
        ),
        vcm102_indicator=(
            "competentie '{competence}' heeft indicatoren voor niveau {level}, dat niet op de"
            " schaal staat ({levels})"
        ),
        vcm103_order=(
            "de niveaus van de schaal zijn genummerd {numbers}; dat moet 1 tot en met {count}"
            " zijn, op volgorde"
        ),
        vcm103_empty="de schaal heeft geen niveaus: er is minstens niveau 1 nodig",
        vcm104_status=(
            "de meting van {date} bij kwantitatieve bewakingsregel '{rule}' in taakgebied"
            " '{area}' bevat een status in plaats van een getal"
        ),
        vcm104_value=(
            "de meting van {date} bij kwalitatieve bewakingsregel '{rule}' in taakgebied '{area}'"
            " bevat een getal in plaats van een status"
        ),
        vcm200="taakgebied '{area}' heeft geen resultaten: wat heeft de klant nodig?",
        vcm201=(
            "resultaat '{result}' in taakgebied '{area}' wordt door geen verantwoordelijkheid"
            " opgepakt"
        ),
        vcm202=(
            "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' heeft geen"
            " bevoegdheid: bij verantwoordelijkheid hoort een passende bevoegdheid"
        ),
        vcm203=(
            "resultaat '{result}' in taakgebied '{area}' wordt door geen bewakingsregel bewaakt:"
            " hoe wordt het bewaakt?"
        ),
        vcm204="kwantitatieve bewakingsregel '{rule}' in taakgebied '{area}' mist {missing}",
        vcm205_higher=(
            "de drempelwaarde {threshold} van bewakingsregel '{rule}' in taakgebied '{area}' ligt"
            " boven de streefwaarde {target}, terwijl hoger beter is: de drempel hoort op of"
            " onder de streefwaarde"
        ),
        vcm205_lower=(
            "de drempelwaarde {threshold} van bewakingsregel '{rule}' in taakgebied '{area}' ligt"
            " onder de streefwaarde {target}, terwijl lager beter is: de drempel hoort op of"
            " boven de streefwaarde"
        ),
        vcm206=(
            "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' vraagt competentie"
            " '{competence}', die niet in de matrix van het taakgebied staat"
        ),
        vcm207="kernwaarde '{value}' heeft geen gedrag: ze is niet waar te nemen",
        vcm300=(
            "kernwaarde '{value}' is in geen regel van de matrix van taakgebied '{area}' zichtbaar"
        ),
        vcm301=(
            "resultaat '{result}' in taakgebied '{area}' dient geen kernwaarde: het is niet"
            " herleid tot de bedoeling"
        ),
        vcm302=(
            "taakgebied '{area}' vraagt competentie '{competence}', maar geen van zijn"
            " verantwoordelijkheden heeft haar nodig"
        ),
        vcm303="competentie '{competence}' wordt door geen taakgebied gevraagd",
        vcm304=(
            "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' vraagt geen enkele"
            " competentie"
        ),
        vcm305="competentie '{competence}' draagt aan geen enkele kernwaarde bij",
        vcm400=(
            "medewerker '{person}' is nooit beoordeeld op competentie '{competence}', vereist op"
            " niveau {level} in taakgebied '{area}'"
        ),
        vcm401=(
            "medewerker '{person}' staat op niveau {current} van competentie '{competence}' waar"
            " taakgebied '{area}' niveau {level} vraagt, en heeft daarvoor geen open"
            " ontwikkelactie"
        ),
        vcm402=(
            "de ontwikkelactie van medewerker '{person}' voor competentie '{competence}' had"
            " klaar moeten zijn op {due} en is nog {status}"
        ),
        vcm403=(
            "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' vraagt competentie"
            " '{competence}' op niveau {level}, dat geen lid van het taakgebied haalt"
        ),
        vcm404=(
            "maar één lid van taakgebied '{area}' haalt niveau {level} van competentie"
            " '{competence}': afhankelijk van één medewerker"
        ),
        vcm405=(
            "de beoordeling van medewerker '{person}' op competentie '{competence}' was geldig"
            " tot en met {until}: het niveau dat taakgebied '{area}' vraagt ({level}) is pas"
            " weer bekend na een nieuwe beoordeling"
        ),
        vcm406=(
            "de beoordeling van medewerker '{person}' op competentie '{competence}', vereist in"
            " taakgebied '{area}', is geldig tot en met {until}: plan de volgende"
        ),
        vcm500=(
            "bewakingsregel '{rule}' in taakgebied '{area}' is niet op tijd gemeten: de laatste"
            " meting, van {date}, is meer dan {days} dagen oud ({frequency})"
        ),
        vcm501="bewakingsregel '{rule}' in taakgebied '{area}' is uit koers: {reading}",
        vcm502="bewakingsregel '{rule}' in taakgebied '{area}' loopt risico: {reading}",
        owner_competence="competentie '{competence}'",
        owner_result="resultaat '{result}' in taakgebied '{area}'",
        owner_responsibility="verantwoordelijkheid '{responsibility}' in taakgebied '{area}'",
        owner_matrix="de matrix van taakgebied '{area}'",
        owner_row="de regel van competentie '{competence}' in de matrix van taakgebied '{area}'",
        owner_rule="bewakingsregel '{rule}' in taakgebied '{area}'",
        owner_person="medewerker '{person}'",
        owner_assessment="een beoordeling van medewerker '{person}'",
        owner_development="een ontwikkelactie van medewerker '{person}'",
        reading_quantity="{value} op {date}",
        reading_target="streefwaarde {target}",
        reading_threshold="drempelwaarde {threshold}",
        reading_judged="zo beoordeeld op {date}",
        reading_noted="{judged}: {note}",
        reading_bounded="{reading} ({bounds})",
    ),
    kinds=_groups.Kinds(
        value="kernwaarde",
        competence="competentie",
        task_area="taakgebied",
        result="resultaat",
        responsibility="verantwoordelijkheid",
        rule="bewakingsregel",
        person="medewerker",
        unit="een eenheid (unit)",
        direction="een richting (direction)",
        target="een streefwaarde (target)",
        threshold="een drempelwaarde (threshold)",
    ),
    cli=_groups.CliWords(
        as_of="per",
        error="Fouten",
        warning="Waarschuwingen",
        info="Opmerkingen",
        summary="{errors} fout(en), {warnings} waarschuwing(en), {infos} opmerking(en)",
        ok="in orde",
        not_ok="niet in orde",
        clean="Geen bevindingen: het model is consistent en volledig.",
        person="Medewerker",
        competence="Competentie",
        required="Vereist",
        current="Huidig",
        gap="Gat",
        priority="Prioriteit",
        actions="Open acties",
        no_gaps="Geen competentiegaten.",
        gaps_summary="{count} regel(s), {open} open gat(en)",
        purpose="Waarom we er zijn",
        situation="De situatie raakt",
        results="Resultaten",
        values="Waar het om gaat",
        in_general="Altijd",
        is_not="Niet",
        here="Hier, via onze competenties",
        responsible="Wie verantwoordelijk is",
        may_decide="Wat je zelf mag beslissen",
        escalate="Buiten deze grenzen ga je naar",
        beyond_limit="daarbuiten ga je naar",
        watched="Hoe het bewaakt wordt",
        level="niveau",
        limit="grens",
        client="voor",
        none="niets vastgelegd",
        task_area="Taakgebied",
        members="Leden",
        now="Nu",
        projected="Verwacht",
        by="Uiterlijk",
        rule="Regel",
        frequency="Frequentie",
        owner="Eigenaar",
        status="Status",
        reading="Laatste meting",
        coverage_summary=(
            "{rows} vereiste competentie(s): {single} afhankelijk van één persoon, "
            "{uncovered} nu onbezet, {uncovered_later} als de open ontwikkelacties klaar zijn"
        ),
        status_summary="{rules} regel(s): {counts}",
        no_rules="Geen bewakingsregels.",
        explain_watches="Wat de regel bewaakt",
        explain_carried="Wie het draagt",
        explain_asks="Wat dat vraagt, en wie kan groeien",
        explain_needed_for="nodig voor",
        explain_no_gap="geen teamlid heeft hierop een open tekort",
        explain_level="niveau {current} van {required}",
        due="uiterlijk",
    ),
    workbook=_groups.WorkbookWords(
        sheet_overview="Overzicht",
        gaps_total="Open tekorten",
        sheet_summary="Samenvatting",
        sheet_trends="Verloop",
        sheet_profiles="Profielen",
        chart_rules="Bewakingsregels per status",
        chart_coverage="Vereiste competenties gehaald",
        reading="Meting",
        charts_capped="Grafieken voor de eerste {count}; elk getal staat in de tabellen.",
        sheet_organisation="Organisatie",
        sheet_values="Kernwaarden",
        sheet_value_behaviours="Gedrag per waarde",
        sheet_scale="Schaal",
        sheet_competences="Competenties",
        sheet_indicators="Indicatoren",
        sheet_references="Referenties",
        sheet_task_areas="Taakgebieden",
        sheet_results="Resultaten",
        sheet_responsibilities="Verantwoordelijkheden",
        sheet_authorities="Bevoegdheden",
        sheet_matrix="Matrix",
        sheet_monitoring="Bewaking",
        sheet_observations="Metingen",
        sheet_findings="Bevindingen",
        sheet_people="Medewerkers",
        sheet_assessments="Beoordelingen",
        sheet_development="Ontwikkeling",
        sheet_gaps="Tekorten",
        sheet_task_area="Taakgebied",
        field="Veld",
        value="Waarde",
        id="Id",
        name="Naam",
        description="Omschrijving",
        kind="Soort",
        position="Nr.",
        text="Tekst",
        level="Niveau",
        competence="Competentie",
        values="Kernwaarden",
        reference="Referentie",
        task_area="Taakgebied",
        sheet="Werkblad",
        client="Klant",
        results="Resultaten",
        competences="Competenties",
        responsibility="Verantwoordelijkheid",
        limit="Grens",
        escalate_to="Escaleren naar",
        matrix_row="Matrixregel",
        behaviour="Gedrag",
        rule="Regel",
        indicator="Indicator",
        method="Methode",
        frequency="Frequentie",
        owner="Eigenaar",
        unit="Eenheid",
        direction="Richting",
        target="Doel",
        threshold="Drempel",
        response="Bij een misser",
        status="Status",
        date="Datum",
        note="Toelichting",
        code="Code",
        severity="Ernst",
        path="Plaats",
        place="Plaats",
        message="Bevinding",
        ids="Ids",
        person="Medewerker",
        task_areas="Taakgebieden",
        observable="Waarneembaar",
        valid_until="Geldig tot en met",
        assessor="Beoordelaar",
        evidence="Onderbouwing",
        target_level="Doelniveau",
        due="Uiterlijk",
        field_vcm="Formaatversie",
        field_id="Id",
        field_name="Naam",
        field_language="Taal",
        field_vision="Visie",
        field_mission="Missie",
        field_statement="Waarom we er zijn",
        title="Waarden-competentiematrix",
        organisation="Organisatie",
        purpose="Bedoeling",
        vision="Visie",
        mission="Missie",
        statement="Waarom we er zijn",
        as_of="Status en bevindingen per",
        people_data="Persoonsgegevens",
        people_included="opgenomen (medewerkers, beoordelingen, ontwikkeling, tekorten)",
        people_left_out="niet opgenomen; bevindingen over medewerkers zijn weggelaten",
        scale="Schaal",
        task_areas_heading="Taakgebieden",
        findings="Bevindingen",
        no_findings="Geen bevindingen: het model is consistent.",
        has_errors="Concept: het model bevat {errors} fout(en); zie de bevindingen hieronder.",
        findings_summary="{errors} fout(en), {warnings} waarschuwing(en), {infos} opmerking(en)",
        findings_see="Elke bevinding met haar plaats staat op het werkblad {sheet}.",
        reading_guide=(
            "Eén matrixblad per taakgebied; de gegevensbladen (Excel-tabellen) bevatten elk veld"
            " van het model en zijn te filteren."
        ),
        matrix_hint="Rijen: vereiste competenties en niveau; kolommen: kernwaarden.",
        results_heading="Resultaten",
        tvb_heading="Taken, verantwoordelijkheden en bevoegdheden (TVB)",
        monitoring_heading="Bewaking",
        result="Resultaat",
        authorities="Bevoegdheden",
        how="Hoe, hoe vaak, door wie",
        norm="Norm",
        latest="Laatste meting",
        limit_word="grens",
        escalate_word="escaleren naar",
        target_word="doel",
        threshold_word="drempel",
        gap_unassessed="?",
        gap_not_observable="n.w.",
        gap_expired="verl.",
        gaps_legend=(
            "Tekort = vereist niveau min huidig niveau; leeg: niet vereist; ?: niet beoordeeld;"
            " n.w.: niet waarneembaar; verl.: de laatste beoordeling is verlopen."
        ),
        choose_title="Kies uit de lijst",
        choose_level="Kies een niveau van de schaal (werkblad {sheet}).",
        choose_id="Kies een id uit werkblad {sheet}.",
        choose_word="Kies een van: {words}.",
        sheet_instructions="Invullen",
        instructions_title="Zo vult u deze werkmap in",
        instructions=(
            "Elk gegeven heeft één plaats waar u het wijzigt; vcm leest de werkmap terug (vcm "
            "update MODEL.yaml WERKMAP.xlsx, of vcm validate WERKMAP.xlsx).\nDe matrixbladen "
            "(één per taakgebied): typ gedrag in de cel van een competentie (rij) en een "
            "kernwaarde (kolom); wijzig een vereist niveau in de kolom Niveau; voeg een "
            "competentie toe als nieuwe rij onder het raster (de id in kolom A, het niveau in "
            "kolom C).\nEen nieuwe kernwaarde: voeg een rij toe aan het werkblad {values} en een "
            "kolom aan het raster, met de naam in rij 3 en de id in rij 4.\nDe gegevensbladen "
            "(tabellen): wijzig een cel of typ nieuwe rijen onder de tabel; elke rij die niet "
            "leeg is, wordt gelezen. Een lege cel betekent: geen waarde.\nLijsten van ids staan "
            "in één cel, gescheiden door spaties. Datums als Excel-datum, 15-09-2026 of "
            "2026-09-15. Kies woorden uit de keuzelijsten.\nGrijze cursieve cellen zijn alleen "
            "om te lezen (namen naast ids, statussen, de onderdelen onder een raster): wijzig "
            "een gegeven waar het thuishoort. vcm controleert of elke grijze cel daarmee "
            "overeenkomt en zegt waar niet; een lege grijze cel is goed.\nWerkbladen die geheel "
            "zijn afgeleid (samenvatting, verloop, profielen, overzicht, bevindingen, de lange "
            "matrixtabel, de tekorten) zijn beveiligd; ze worden bij de volgende export opnieuw "
            "gemaakt.\nTyp nooit een formule: vcm leest alleen waarden en meldt een formule met "
            "haar cel."
        ),
        order="Volgorde",
        competence_name="Naam competentie",
        person_name="Naam medewerker",
        rule_indicator="Indicator van de regel",
        kind_behaviours="gedrag",
        kind_counter_behaviours="tegengedrag",
        problems_many="{count} problemen in de werkmap:",
        problems_more="... en meer (er worden er ten hoogste {limit} genoemd)",
        found_expected="gevonden: {found}; verwacht: {expected}",
        found_empty="een lege cel",
        expected_whole="een geheel getal",
        expected_number="een getal",
        expected_date="een datum (15-09-2026 of 2026-09-15)",
        expected_flag="WAAR of ONWAAR",
        expected_words="een van: {words}",
        expected_status_header=(
            "het woord Status en de datum waarop de werkmap is gemaakt ({example})"
        ),
        expected_value="een waarde (de cel mag niet leeg zijn)",
        problem_formula="een formule ({found}); vcm leest alleen waarden: typ de waarde zelf",
        problem_error_value="een foutwaarde ({found}); typ de waarde zelf",
        problem_missing_column="de kolom {column!r} ontbreekt",
        problem_unknown_column=(
            "de kolom {column!r} leest vcm niet: verwijder haar of verplaats wat erin staat"
        ),
        problem_disagrees=(
            "toont {found!r}, maar {source} zegt {expected!r}: een wijziging hoort in {source}; "
            "maak deze cel gelijk, of maak haar leeg"
        ),
        problem_not_read=(
            "toont {found!r}, maar vcm leest deze cel niet (onder en naast het raster wordt "
            "niets gelezen): wijzig de gegevensbladen en maak deze cel leeg"
        ),
        problem_no_value_id="een kolom gedrag zonder kernwaarde-id in rij 4",
        problem_no_sheet="er is geen werkblad {sheet!r}",
        problem_unknown_field="{found!r} is geen veld van de organisatie",
        problem_orphan="{found!r} is geen id op het werkblad {sheet}",
        problem_too_long="het raster heeft na de laatste kernwaarde een kolom zonder kop",
    ),
    report=_groups.ReportWords(
        default_title="Waarden-competentiematrix",
        contents="Inhoud",
        toc_hint="Word werkt deze inhoudsopgave bij wanneer het document wordt geopend.",
        purpose="Bedoeling",
        vision="Visie",
        mission="Missie",
        statement="Waarom we er zijn",
        values="Kernwaarden",
        behaviours="Gedrag",
        counter_behaviours="Wat het niet is",
        scale="Schaal",
        level="Niveau",
        name="Naam",
        description="Omschrijving",
        competences="Competenties",
        competence="Competentie",
        realises="Realiseert",
        results="Resultaten",
        result="Resultaat",
        client="Klant",
        serves="Dient",
        tvb="Taken, verantwoordelijkheden en bevoegdheden (TVB)",
        responsibility="Verantwoordelijkheid",
        authorities="Bevoegdheden",
        limit="grens",
        escalate_to="escaleren naar",
        matrix="Waarden-competentiematrix",
        matrix_intro=(
            "Hoe elke vereiste competentie de kernwaarden zichtbaar maakt in dit taakgebied."
        ),
        required_level="Vereist niveau",
        monitoring="Bewaking",
        indicator="Indicator",
        how="Hoe, hoe vaak, door wie",
        norm="Norm",
        target="doel",
        threshold="drempel",
        on_a_miss="Bij een misser",
        status="Status",
        status_intro="Status per {date}.",
        rule_needs_action="{rule}: {status}. Wie kan handelen:",
        rule_carried_by="Gedragen door: {responsibilities}",
        rule_needs="Dat vraagt: {competences}",
        rule_gaps="{person} ({competence}, niveau {current} van {required}){actions}",
        none="—",
        people="Medewerkers",
        member_of="Lid van",
        gaps="Competenties en tekorten",
        required="Vereist",
        current="Huidig",
        gap="Tekort",
        priority="Prioriteit",
        open_actions="Open acties",
        no_gaps="Geen competenties vereist.",
        development="Persoonlijk ontwikkelplan (POP)",
        action="Actie",
        target_level="Doelniveau",
        due="Uiterlijk",
        no_development="Geen ontwikkelacties.",
        findings="Bijlage: bevindingen",
        findings_intro="De controle van het model per {date}: {summary}.",
        findings_people_left_out=(
            "Bevindingen over medewerkers (VCM400-VCM406) zijn weggelaten: dit rapport bevat geen"
            " medewerkers."
        ),
        severity="Ernst",
        code="Code",
        where="Plaats",
        message="Bevinding",
        errors="{count} fout(en)",
        warnings="{count} waarschuwing(en)",
        infos="{count} opmerking(en)",
        summary="Samenvatting",
        summary_intro=(
            "Waar elk taakgebied staat op {date}: de bewakingsregels, wie de vereiste niveaus"
            " haalt, nu en als de open ontwikkelacties klaar zijn, en de bevindingen van de "
            "controle."
        ),
        summary_monitoring="Bewakingsregels per status",
        summary_coverage="Competenties en ontwikkeling",
        summary_findings="Bevindingen van de controle",
        task_area="Taakgebied",
        members="Leden",
        reached_now="Nu gehaald",
        reached_projected="Gehaald na de ontwikkelacties",
        single_person="Afhankelijk van één persoon",
        actions_open="Open acties (te laat)",
        of_total="{count} van {total}",
        by_date="uiterlijk {date}",
        not_shown="minder dan {count} leden: niet getoond",
        privacy_note=(
            "Aantallen over mensen staan er alleen bij taakgebieden met ten minste {count} "
            "leden: in een kleiner team kan een aantal naar een persoon wijzen."
        ),
        coverage="Bezetting",
        coverage_intro=(
            "Hoeveel leden elk vereist niveau nu halen, en als hun open ontwikkelacties hun "
            "doelniveau halen: groen twee of meer, oranje één, rood niemand."
        ),
        now="Nu",
        projected="Verwacht",
        trend="Metingen",
        has_errors=(
            "Dit model bevat nog fouten (zie de bijlage met bevindingen): lees het als concept."
        ),
    ),
    diff=_groups.DiffWords(
        kind_added="toegevoegd",
        kind_removed="verwijderd",
        kind_changed="gewijzigd",
        kind_moved="verplaatst",
        none="geen wijzigingen",
        empty="(leeg)",
        position="van plaats {old} naar {new}",
        title="Wijzigingen in {organisation}",
        compared="Vergeleken: {old} → {new}",
        count="{count} wijzigingen",
        one="1 wijziging",
        what="Wat",
        where="Waar",
        before="Was",
        after="Wordt",
        yes="ja",
        no="nee",
        element_organisation="organisatie",
        element_purpose="doel",
        element_scale="schaal",
        element_value="kernwaarde",
        element_competence="competentie",
        element_task_area="taakgebied",
        element_person="medewerker",
        element_level="niveau",
        element_indicator="indicator",
        element_result="resultaat",
        element_responsibility="verantwoordelijkheid",
        element_authority="bevoegdheid",
        element_requirement="matrixrij",
        element_behaviour="gedrag",
        element_monitoring_rule="bewakingsregel",
        element_observation="meting",
        element_assessment="beoordeling",
        element_development_action="ontwikkelactie",
        element_value_behaviour="gedrag",
        element_counter_behaviour="contra-gedrag",
        element_indicator_behaviour="gedrag",
        section_value="Kernwaarden",
        section_competence="Competenties",
        section_level="Schaal",
        section_indicator="Niveau",
        section_result="Resultaten",
        section_responsibility="Verantwoordelijkheden",
        section_authority="Bevoegdheden",
        section_requirement="Matrix",
        section_behaviour="Kernwaarde",
        section_monitoring_rule="Bewaking",
        section_observation="Metingen",
        section_assessment="Beoordelingen",
        section_development_action="Ontwikkeling",
        section_value_behaviour="Gedragingen",
        section_counter_behaviour="Contra-gedrag",
        section_indicator_behaviour="Gedragingen",
        field_id="id",
        field_name="naam",
        field_language="taal",
        field_vision="visie",
        field_mission="missie",
        field_statement="kernzin",
        field_description="beschrijving",
        field_kind="soort",
        field_values="kernwaarden",
        field_references="bronnen",
        field_level="niveau",
        field_client="klant",
        field_results="resultaten",
        field_competences="competenties",
        field_limit="grens",
        field_escalate_to="escaleren naar",
        field_text="gedrag",
        field_indicator="indicator",
        field_frequency="frequentie",
        field_owner="eigenaar",
        field_method="methode",
        field_unit="eenheid",
        field_direction="richting",
        field_target="streefwaarde",
        field_threshold="ondergrens",
        field_response="reactie",
        field_date="datum",
        field_value="waarde",
        field_status="status",
        field_note="toelichting",
        field_task_areas="taakgebieden",
        field_observable="waarneembaar",
        field_assessor="beoordelaar",
        field_evidence="onderbouwing",
        field_target_level="doelniveau",
        field_due="gereed op",
        field_valid_until="geldig tot",
        field_competence="competentie",
    ),
    errors=_groups.ErrorWords(
        line="regel",
        at="bij",
        found_null="null (leeg gelaten)",
        found_yes_no="de ja/nee-waarde {value}",
        found_number="het getal {value}",
        found_datetime="de datum en tijd {value}",
        found_date="de datum {value}",
        found_text="de tekst {value}",
        found_list="een lijst",
        found_mapping="een mapping",
        found_large="een heel groot geheel getal",
        found_plain_text="tekst",
        hint_quotes=" (zet het tussen aanhalingstekens om het als tekst te houden)",
        hint_did_you_mean=" (bedoelde je {word}?)",
        hint_expected="; verwacht een van: {known}",
        file_empty="het bestand is leeg",
        not_utf8=(
            "het bestand is geen UTF-8-tekst: byte {byte} op positie {offset} is niet te lezen"
            " (sla het bestand op als UTF-8)"
        ),
        too_large=(
            "het document is groter dan de grens van {limit} bytes (geef max_bytes= mee om"
            " grotere bestanden te lezen)"
        ),
        cannot_read="het bestand is niet te lezen: {cause}",
        not_yaml="geen geldige YAML: {problem}",
        not_json="geen geldige JSON: {problem}",
        too_deep="het document is te diep genest",
        key_not_text="een sleutel moet tekst zijn, geen lijst of mapping",
        key_twice="de sleutel {key} staat er twee keer in",
        tag=(
            "de tag {tag} is niet toegestaan: een modelbestand bevat alleen gewone YAML"
            " (mappings, lijsten, tekst, getallen, true/false, null en datums)"
        ),
        alias_self="een alias verwijst naar zichzelf",
        aliases=(
            "aliassen blazen dit document op tot {nodes} knopen uit {distinct}: geweigerd"
            " (hoogstens {limit} knopen mogen via aliassen bereikt worden)"
        ),
        no_version="de sleutel 'vcm: 1' ontbreekt: is dit wel een vcm-model?",
        newer=(
            "dit bestand is geschreven door een nieuwere vcm (formaatversie {version}); deze vcm"
            " leest versie {known}: werk vcm bij om het te lezen"
        ),
        version="moet de formaatversie {version} zijn, niet {found}",
        required_key="de verplichte sleutel {key} ontbreekt",
        unknown_key="onbekende sleutel {key}",
        yaml_character=(
            "geen geldige YAML: het teken {character} is niet toegestaan in een YAML-bestand"
        ),
        yes_no_11=(
            "{word} betekent true of false voor YAML 1.1 en de tekst {text} voor YAML 1.2 en"
            " JSON: schrijf true of false, of zet het tussen aanhalingstekens om het als tekst te"
            " houden"
        ),
        number_11=(
            "{value} is een YAML 1.1-schrijfwijze van een getal: YAML 1.1 en YAML 1.2 lezen het"
            " verschillend: schrijf het getal in gewone cijfers (95, -2, 93.5), of zet het tussen"
            " aanhalingstekens om het als tekst te houden"
        ),
        not_calendar="{value} is geen datum in de kalender",
        not_iso_date="{value} is geen datum geschreven als JJJJ-MM-DD (de tag !!timestamp)",
        not_null="{value} is geen null (de tag !!null)",
        not_bool="{value} is geen true of false (de tag !!bool)",
        not_int="{value} is geen geheel getal (de tag !!int)",
        not_float="{value} is geen getal (de tag !!float)",
        merge_key=(
            "de merge-sleutel << is alleen YAML 1.1 en wordt niet gelezen: schrijf de sleutels"
            " uit (een alias, *naam, kan voor een hele waarde staan)"
        ),
        cannot_be="{what} kan niet {found} zijn",
        level_number="een niveau moet een geheel getal zijn, niet {found}",
        level_twice="niveau {level} staat er twee keer in",
        value_id_text="een kernwaarde-id moet tekst zijn, niet {found}",
        levels_mapping="moet een mapping van niveau naar gedrag zijn, niet {found}",
        values_mapping="moet een mapping van kernwaarde-id naar gedrag zijn, niet {found}",
        mapping="moet een mapping (sleutel: waarde) zijn, niet {found}",
        text="moet tekst zijn, niet {found}",
        whole_number="moet een geheel getal zijn, niet {found}",
        finite_number="moet een eindig getal zijn, niet {found}",
        number="moet een getal zijn, niet {found}",
        true_false="moet true of false zijn, niet {found}",
        day_no_time="moet een datum zonder tijdstip zijn, niet {found}",
        day_like="moet een datum zijn als 2026-11-29, niet {found}",
        day="moet een datum zijn, niet {found}",
        one_of="moet een van {known} zijn, niet {found}",
        list="moet een lijst zijn, niet {found}",
        tuple="moet een tuple zijn, niet {found}",
        id_text="moet een id (tekst) zijn, niet {found}",
        at_least_one="moet 1 of meer zijn, niet {found}",
        blank="mag niet leeg zijn",
        empty="mag niet leeg zijn",
        control="bevat het stuurteken {character} (alleen tab en nieuwe regel zijn toegestaan)",
        unwritable="bevat U+{code}, dat geen modelbestand of export kan bevatten",
        id_control="een id mag geen stuurtekens of onschrijfbare tekens bevatten",
        id_space="een id mag geen witruimte bevatten: {id}",
        assessment_level=(
            "een beoordeling heeft een niveau nodig, of observable: false als ze niet waar te"
            " nemen was"
        ),
        assessment_no_level="een beoordeling die niet waar te nemen was heeft geen niveau",
        observation_reading=(
            "een meting bevat een waarde (kwantitatief) of een status (kwalitatief), niet allebei"
            " of geen van beide"
        ),
        a_kind="moet een {kind} zijn, niet {found}",
        found_other="een {value}",
    ),
)
