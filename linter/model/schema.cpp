#include "model/schema.h"

#include <array>
#include <string>
#include <unordered_map>

#include "text/unicode.h"

namespace planlint::model {

namespace {

using SK = SectionKind;
using VT = ValueType;
using sv = std::string_view;

constexpr std::uint32_t bits(std::initializer_list<SK> kinds) {
  std::uint32_t b = 0;
  for (SK k : kinds) b |= section_bit(k);
  return b;
}

constexpr std::uint32_t kDoc = bits({SK::document});
constexpr std::uint32_t kHandleplan = bits({SK::handleplan});
constexpr std::uint32_t kTarget = bits({SK::target_group});
constexpr std::uint32_t kGoal = bits({SK::goal, SK::subgoal});
constexpr std::uint32_t kEval = bits({SK::evaluation});
constexpr std::uint32_t kStatus = bits({SK::status});
constexpr std::uint32_t kWishes = bits({SK::wishes});

constexpr std::array<sv, 2> area_values = {"børn", "voksne"};
constexpr std::array<sv, 2> template_values = {"ICS", "VUM"};
constexpr std::array<sv, 3> decision_values = {"fortsæt", "justér", "afslut"};
constexpr std::array<sv, 13> theme_values = {
    "skole og uddannelse", "sociale relationer", "kommunikation", "selvhjulpenhed", "sundhed og trivsel",
    "familie og netværk",  "fritid",             "egenomsorg",    "praktiske opgaver i hjemmet",
    "mobilitet",           "samfundsliv",        "beskæftigelse", "bolig"};

constexpr std::array<sv, 1> alias_contact = {"Kontaktperson"};
constexpr std::array<sv, 1> alias_institution = {"Tilbuddet"};
constexpr std::array<sv, 1> alias_next_revision = {"Revision"};
constexpr std::array<sv, 1> alias_law = {"Lovhjemmel"};
constexpr std::array<sv, 1> alias_success = {"Succeskriterier"};
constexpr std::array<sv, 1> alias_intervention = {"Indsatser"};
constexpr std::array<sv, 1> alias_method = {"Metoder"};
constexpr std::array<sv, 1> alias_decision = {"Beslutninger"};
constexpr std::array<sv, 1> alias_minutes = {"Referat sendt"};

constexpr std::array<FieldSpec, field_count> fields = {{
    {FieldId::citizen, "Borger", VT::text, kDoc, {}, {}, "Borgerens eller barnets navn (aldrig CPR-nummer)."},
    {FieldId::area, "Område", VT::enumeration, kDoc, area_values, {}, "børn eller voksne: afgør hvilke regler der gælder."},
    {FieldId::plan_template, "Skabelon", VT::enumeration, kDoc, template_values, {}, "ICS (børn) eller VUM (voksne)."},
    {FieldId::institution, "Tilbud", VT::text, kDoc, {}, alias_institution, "Tilbuddet og afdelingen."},
    {FieldId::enrolled, "Indskrevet", VT::date, kDoc, {}, {}, "Dato for indskrivning."},
    {FieldId::contact_team, "Kontaktteam", VT::text, kDoc, {}, alias_contact, "Kontaktpersoner, adskilt med komma."},
    {FieldId::revised, "Revideret", VT::date, kDoc, {}, {}, "Dato for seneste revision af planen."},
    {FieldId::next_revision, "Næste revision", VT::date, kDoc, {}, alias_next_revision, "Dato for næste revision."},
    {FieldId::discharged, "Udskrevet", VT::date, kDoc, {}, {}, "Dato for udskrivning."},
    {FieldId::municipality, "Kommune", VT::text, kHandleplan, {}, {}, "Kommunen, der har udarbejdet handleplanen."},
    {FieldId::law_basis, "Lovgrundlag", VT::text, kHandleplan, {}, alias_law, "Fx Barnets lov § 91 eller SEL § 141."},
    {FieldId::date, "Dato", VT::date, kHandleplan, {}, {}, "Handleplanens dato."},
    {FieldId::purpose, "Formål", VT::text, kHandleplan, {}, {}, "Formålet med indsatsen."},
    {FieldId::expected_duration, "Varighed", VT::text, kHandleplan, {}, {}, "Indsatsens forventede varighed."},
    {FieldId::caseworker, "Sagsbehandler", VT::text, kHandleplan, {}, {}, "Kommunens sagsbehandler."},
    {FieldId::target_group, "Målgruppe", VT::text, kTarget, {}, {}, "Tilbuddets målgruppe."},
    {FieldId::category, "Kategori", VT::text, kTarget, {}, {}, "Kategori eller takstniveau."},
    {FieldId::support_need, "Støttebehov", VT::text, kTarget, {}, {}, "Borgerens behov for støtte."},
    {FieldId::handleplan_ref, "Handleplan", VT::handleplan_refs, kGoal, {}, {}, "Handleplanens mål, som målet begrundes i: H1, H3."},
    {FieldId::theme, "Tema", VT::enumeration, kGoal, theme_values, {}, "Målets tema."},
    {FieldId::justification, "Begrundelse", VT::text, kGoal | kWishes | kEval, {}, {}, "Faglig begrundelse."},
    {FieldId::success_criterion, "Succeskriterium", VT::text, kGoal, {}, alias_success, "Hvornår målet er nået: noget, der kan ses eller tælles."},
    {FieldId::participation, "Inddragelse", VT::text, kGoal, {}, {}, "Hvordan og hvor meget borgeren har været med til at formulere målet."},
    {FieldId::intervention, "Indsats", VT::text, kGoal, {}, alias_intervention, "Indsatsen, der skal føre til målet."},
    {FieldId::method, "Metode", VT::text, kGoal, {}, alias_method, "Den faglige metode."},
    {FieldId::collaboration, "Samarbejde", VT::text, kGoal, {}, {}, "Samarbejdspartnere."},
    {FieldId::responsible, "Ansvarlig", VT::text, kGoal, {}, {}, "Hvem der er ansvarlig for målet."},
    {FieldId::start, "Start", VT::date, kGoal, {}, {}, "Startdato."},
    {FieldId::end, "Slut", VT::date, kGoal, {}, {}, "Slutdato."},
    {FieldId::evaluation_interval, "Evaluering", VT::interval, kGoal, {}, {}, "Hvor ofte målet evalueres: hver 3. måned."},
    {FieldId::qualitative, "Kvalitativ", VT::text, kEval, {}, {}, "Den kvalitative del af evalueringen."},
    {FieldId::quantitative, "Kvantitativ", VT::text, kEval, {}, {}, "Den kvantitative del: tal, antal, score."},
    {FieldId::decision, "Beslutning", VT::enumeration, kEval, decision_values, alias_decision, "fortsæt, justér eller afslut."},
    {FieldId::participants, "Deltagere", VT::text, kEval | kStatus, {}, {}, "Hvem der deltog."},
    {FieldId::period, "Periode", VT::date_range, kStatus, {}, {}, "Perioden, statussen dækker: 01-02-2026 til 30-06-2026."},
    {FieldId::meeting, "Møde", VT::date, kStatus, {}, {}, "Dato for statusmødet."},
    {FieldId::sent, "Sendt", VT::date, kStatus, {}, {}, "Dato, statussen blev sendt til kommunen."},
    {FieldId::minutes_sent, "Referat", VT::date, kStatus, {}, alias_minutes, "Dato, referatet blev sendt."},
    {FieldId::resources_challenges, "Ressourcer og udfordringer", VT::text, kStatus, {}, {}, "Borgerens ressourcer og udfordringer."},
    {FieldId::goals_in_period, "Mål i perioden", VT::goal_refs, kStatus, {}, {}, "Målene, der er arbejdet med: Mål 1, Delmål 1.1."},
    {FieldId::interventions_done, "Udførte indsatser", VT::text, kStatus, {}, {}, "De indsatser, der er udført."},
    {FieldId::results, "Opnåede resultater", VT::text, kStatus, {}, {}, "De resultater, der er opnået."},
    {FieldId::outlook, "Fremadrettet", VT::text, kStatus, {}, {}, "Fremadrettede mål og indsatser."},
    {FieldId::approaches, "Faglige tilgange og metoder", VT::text, kStatus, {}, {}, "Faglige tilgange og metoder i perioden."},
    {FieldId::target_group_and_need, "Målgruppe og støttebehov", VT::text, kStatus, {}, {}, "Målgruppe, kategori og støttebehov."},
}};

constexpr std::array<sv, 2> alias_handleplan = {"Barnets plan", "Ungeplan"};
constexpr std::array<sv, 1> alias_methods = {"Metoder"};
constexpr std::array<sv, 1> alias_notes = {"Noter"};
constexpr std::array<sv, 1> alias_wishes = {"Borgerens ønsker"};

constexpr std::array<SectionSpec, section_kind_count - 1> sections = {{
    {SK::document, "Individuel plan", {}, false, "Planens hoved: borger, område, tilbud, datoer."},
    {SK::handleplan, "Handleplan", alias_handleplan, false, "Kommunens handleplan (barnets plan) med mål H1, H2, ..."},
    {SK::target_group, "Målgruppe", {}, true, "Målgruppe, kategori og støttebehov."},
    {SK::methods, "Faglige tilgange og metoder", alias_methods, true, "De faglige tilgange og metoder, der bruges."},
    {SK::wishes, "Ønsker", alias_wishes, true, "Borgerens (og forældrenes) egne ønsker."},
    {SK::ethics, "Etiske dilemmaer", {}, true, "Etiske dilemmaer i arbejdet med borgeren."},
    {SK::notes, "Bemærkninger", alias_notes, true, "Andre bemærkninger."},
    {SK::goal, "Mål", {}, false, "Et mål: Mål 1: <hvad borgeren opnår>."},
    {SK::subgoal, "Delmål", {}, false, "Et delmål under sit mål: Delmål 1.1: <...>."},
    {SK::evaluation, "Evaluering", {}, false, "En evaluering af målet over den: Evaluering 28-04-2026."},
    {SK::status, "Status", {}, false, "En status til kommunen: Status 10-07-2026."},
}};

const SectionSpec unknown_section{SK::unknown, "", {}, true, ""};

}  // namespace

std::span<const FieldSpec> all_fields() { return fields; }
std::span<const SectionSpec> all_sections() { return sections; }

const FieldSpec& field_spec(FieldId id) { return fields[static_cast<std::size_t>(id)]; }

const SectionSpec& section_spec(SectionKind kind) {
  return kind == SK::unknown ? unknown_section : sections[static_cast<std::size_t>(kind)];
}

const FieldSpec* find_field(std::string_view folded_key) {
  static const auto index = [] {
    std::unordered_map<std::string, const FieldSpec*> m;
    for (const FieldSpec& f : fields) {
      m.emplace(text::fold_key(f.name), &f);
      for (sv alias : f.aliases) m.emplace(text::fold_key(alias), &f);
    }
    return m;
  }();
  const auto it = index.find(std::string(folded_key));
  return it == index.end() ? nullptr : it->second;
}

std::string_view match_enum(const FieldSpec& spec, std::string_view folded_value) {
  for (sv value : spec.values) {
    if (text::fold_key(value) == folded_value) return value;
  }
  // Common inflections of the decision and area values.
  if (spec.id == FieldId::decision) {
    if (folded_value == "fortsaettes" || folded_value == "fortsaetter") return "fortsæt";
    if (folded_value == "justeres" || folded_value == "justering") return "justér";
    if (folded_value == "afsluttes" || folded_value == "afsluttet") return "afslut";
  }
  if (spec.id == FieldId::area) {
    if (folded_value == "barn" || folded_value == "unge" || folded_value == "boern og unge") return "børn";
    if (folded_value == "voksen") return "voksne";
  }
  if (spec.id == FieldId::plan_template && folded_value == "vum 2.0") return "VUM";
  return {};
}

}  // namespace planlint::model
