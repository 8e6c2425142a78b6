// outdated-law-reference (PL203): a Lovgrundlag that cites the wrong or a repealed provision:
// SEL § 140 in a children's handleplan dated 2024 or later, or no § 141 in an adults' plan.
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL203",
    .name = "outdated-law-reference",
    .family = Family::plan,
    .severity = Severity::warning,
    .fixability = Fixability::sometimes,
    .summary_da = "Handleplanens lovgrundlag henviser til en ophævet eller forkert paragraf.",
    .summary_en = "The handleplan's law basis cites a repealed or wrong provision.",
    .what = "Læser handleplanens `Lovgrundlag:`. I en plan for børn (`Område: børn`), hvis handleplan er dateret 1. "
            "januar 2024 eller senere (`Dato:`), meldes en henvisning til serviceloven § 140, skrevet som fx »SEL § "
            "140«, »SEL §140«, »servicelovens § 140«, »paragraf 140« eller »SEL §§ 140 og 141«. En § 140 under Barnets "
            "lov, eller en henvisning markeret som tidligere (»tidl. SEL § 140«), meldes ikke. Uden en gyldig dato meldes "
            "intet. I en plan for voksne (`Område: voksne`) meldes et lovgrundlag, der ikke henviser til § 141. Fundet "
            "står på lovgrundlagets værdi. Når henvisningen er én paragraf på én linje, erstatter rettelsen (usikker: "
            "kontrollér kommunens plan) fx »SEL § 140« med »Barnets lov § 91«.",
    .why = "product.md (lov- og metodefakta): »Children: since 1 January 2024 the municipality's plan for a child is "
           "\"barnets plan\", Barnets lov § 91 (content § 92 [...]). It replaced SEL § 140. A children's plan that cites "
           "SEL § 140 for a handleplan dated 2024 or later cites a repealed rule.« og »Adults: SEL § 141 handleplan "
           "(purpose of the support, the support needed, expected duration).« Retningslinjerne er skrevet før "
           "Barnets lov (003_8ca9e5d4afeefdcb.txt: »med udgangspunkt i den kommunalt udarbejdede handleplan (SEL §§ 140 "
           "og 141)«), så en plan, der skrives af efter dem, får let den ophævede paragraf med.",
    .bad = "# Individuel plan\n"
           "Område: børn\n"
           "\n"
           "## Handleplan\n"
           "Lovgrundlag: SEL § 140\n"
           "Dato: 10-01-2026\n",
    .good = "# Individuel plan\n"
            "Område: børn\n"
            "\n"
            "## Handleplan\n"
            "Lovgrundlag: Barnets lov § 91\n"
            "Dato: 10-01-2026\n",
    .options = "",
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Bytes of non-ASCII code points count as letters (æ, ø, å).
bool is_letter_byte(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

constexpr std::string_view kSection = "\xC2\xA7";  // §
constexpr std::string_view kNbsp = "\xC2\xA0";
constexpr std::string_view kEnDash = "\xE2\x80\x93";

// Spaces, tabs, line breaks and no-break spaces from `i` on.
std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
      ++i;
    } else if (s.substr(i, 2) == kNbsp) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

bool word_at(std::string_view lower, std::size_t i, std::string_view word) {
  if (lower.substr(i, word.size()) != word) return false;
  if (i > 0 && is_letter_byte(lower[i - 1])) return false;
  const std::size_t e = i + word.size();
  return e >= lower.size() || !is_letter_byte(lower[e]);
}

// One paragraph citation: "§ 140", "§§ 140 og 141", "paragraf 140".
struct Citation {
  std::size_t begin = 0;  // the "§" or "paragraf"
  std::size_t end = 0;    // after the last number
  std::vector<std::string> numbers;  // "140", "52a"
};

std::vector<Citation> citations(std::string_view text) {
  const std::string lower = ascii_lower(text);
  std::vector<Citation> out;
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t j = 0;
    if (lower.substr(i, 2) == kSection) {
      j = i;
      while (lower.substr(j, 2) == kSection) j = skip_space(lower, j + 2);
    } else if (word_at(lower, i, "pgf") || (word_at(lower, i, "par") && lower.substr(i + 3, 1) == ".")) {
      j = i + 3;
      if (j < lower.size() && lower[j] == '.') ++j;
    } else if (lower.substr(i, 8) == "paragraf" && (i == 0 || !is_letter_byte(lower[i - 1]))) {
      j = i + 8;
      while (j < lower.size() && is_ascii_letter(lower[j])) ++j;  // paragraffen, paragrafferne
    } else {
      ++i;
      continue;
    }
    Citation c;
    c.begin = i;
    std::size_t k = skip_space(lower, j);
    while (k < lower.size() && is_digit(lower[k])) {
      std::size_t e = k;
      while (e < lower.size() && is_digit(lower[e])) ++e;
      // One letter right after the number belongs to it: "§ 52a".
      if (e < lower.size() && is_ascii_letter(lower[e]) && (e + 1 >= lower.size() || !is_letter_byte(lower[e + 1]))) ++e;
      c.numbers.push_back(lower.substr(k, e - k));
      c.end = e;
      // Another number in the same citation: "140, 141", "140 og 141", "140-141".
      std::size_t n = skip_space(lower, e);
      if (n < lower.size() && (lower[n] == ',' || lower[n] == '-')) {
        n = skip_space(lower, n + 1);
      } else if (lower.substr(n, 3) == kEnDash) {
        n = skip_space(lower, n + 3);
      } else if (word_at(lower, n, "og") || word_at(lower, n, "and") || word_at(lower, n, "eller")) {
        n = skip_space(lower, lower.find(' ', n) == std::string::npos ? lower.size() : lower.find(' ', n));
      } else {
        break;
      }
      k = n;
    }
    const std::size_t next = std::max(i + 1, c.end);
    if (!c.numbers.empty()) out.push_back(std::move(c));
    i = next;
  }
  return out;
}

bool cites(const std::vector<Citation>& cs, std::string_view number) {
  for (const Citation& c : cs) {
    for (const std::string& n : c.numbers) {
      if (n == number) return true;
    }
  }
  return false;
}

bool mentions_sel(std::string_view lower) {
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (word_at(lower, i, "sel")) return true;
  }
  return lower.find("servicelov") != std::string::npos || lower.find("lov om social service") != std::string::npos;
}

// "tidl. SEL § 140", "erstatter SEL § 140": a citation named as the former rule.
bool marked_former(std::string_view lower, std::size_t begin) {
  const std::size_t from = begin > 40 ? begin - 40 : 0;
  const std::string_view before = lower.substr(from, begin - from);
  for (std::string_view w : {"tidl", "erstat", "afl\xC3\xB8s", "f\xC3\xB8r "}) {
    if (before.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Where the citation's law name starts, when one is written right before it ("SEL § 140").
std::size_t law_name_begin(std::string_view lower, std::size_t citation) {
  std::size_t e = citation;
  while (e > 0 && (lower[e - 1] == ' ' || lower[e - 1] == '\t')) --e;
  for (std::string_view name : {"lov om social service", "servicelovens", "serviceloven", "sel"}) {
    if (e >= name.size() && lower.substr(e - name.size(), name.size()) == name &&
        (e == name.size() || !is_letter_byte(lower[e - name.size() - 1]))) {
      return e - name.size();
    }
  }
  return citation;
}

class OutdatedLawReference final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    if (!plan.handleplan) return;
    const model::Section& hp = plan.handleplan->section;
    const model::Field* law = hp.field(FieldId::law_basis);
    if (law == nullptr || law->text.empty()) return;  // missing: incomplete-handleplan; empty: a structure finding
    const std::vector<Citation> cs = citations(law->text);
    const std::string lower = ascii_lower(law->text);

    if (is_adults_plan(plan)) {
      if (cites(cs, "141")) return;
      ctx.report(law->value_range,
                 std::string(ctx.tr("Lovgrundlaget for en voksens handleplan henviser ikke til SEL § 141.",
                                    "The law basis of an adult's action plan does not cite SEL § 141.")),
                 std::string(ctx.tr("Kommunens handleplan for en voksen udarbejdes efter serviceloven § 141. Skriv "
                                    "»Lovgrundlag: SEL § 141«, eventuelt med den paragraf, indsatsen er bevilget efter, fx "
                                    "»SEL § 141, jf. § 107«.",
                                    "The municipality's action plan for an adult is made under the Social Services Act § 141. "
                                    "Write »Lovgrundlag: SEL § 141«, possibly with the provision the support was granted "
                                    "under, e.g. »SEL § 141, jf. § 107«.")));
      return;
    }
    if (!is_children_plan(plan)) return;
    const model::Date* date = hp.value<model::Date>(FieldId::date);
    if (date == nullptr || *date < model::Date{2024, 1, 1}) return;
    // § 140 is only serviceloven's when the text names serviceloven or no other law.
    if (!mentions_sel(lower) && lower.find("barnets lov") != std::string::npos) return;
    std::vector<const Citation*> outdated;
    for (const Citation& c : cs) {
      for (const std::string& n : c.numbers) {
        if (n == "140" && !marked_former(lower, c.begin)) {
          outdated.push_back(&c);
          break;
        }
      }
    }
    if (outdated.empty()) return;

    // A fix for each one-number citation, when the value maps 1:1 onto the file (one line, NFC).
    std::vector<Fix> fixes;
    const std::string_view source = ctx.source();
    const bool maps = law->text.find('\n') == std::string::npos &&
                      law->value_range.end - law->value_range.begin == law->text.size() &&
                      source.substr(law->value_range.begin, law->text.size()) == law->text;
    if (maps) {
      std::vector<diag::Edit> edits;
      std::string written;
      for (const Citation* c : outdated) {
        if (c->numbers.size() != 1) continue;
        const std::size_t b = law_name_begin(lower, c->begin);
        if (!written.empty()) written += ", ";
        written += law->text.substr(b, c->end - b);
        edits.push_back({{law->value_range.begin + static_cast<std::uint32_t>(b), law->value_range.begin + static_cast<std::uint32_t>(c->end)},
                         "Barnets lov § 91"});
      }
      if (!edits.empty()) {
        fixes.push_back(Fix{fmt::format(fmt::runtime(ctx.tr("Erstat »{}« med »Barnets lov § 91«", "Replace »{}« with »Barnets lov § 91«")), written),
                            Applicability::unsafe, std::move(edits)});
      }
    }
    ctx.report(law->value_range,
               fmt::format(fmt::runtime(ctx.tr("Lovgrundlaget henviser til SEL § 140, som blev afløst af Barnets lov § 91 den 1. januar "
                                               "2024; handleplanen er dateret {}.",
                                               "The law basis cites SEL § 140, which Barnets lov § 91 replaced on 1 January 2024; "
                                               "the action plan is dated {}.")),
                           date->danish()),
               std::string(ctx.tr("Siden 1. januar 2024 er kommunens plan for et barn »barnets plan« efter Barnets lov § 91 "
                                  "(indholdet står i § 92). Skriv »Lovgrundlag: Barnets lov § 91«, eller den paragraf, kommunens "
                                  "plan faktisk henviser til.",
                                  "Since 1 January 2024 the municipality's plan for a child is »barnets plan« under Barnets lov § 91 "
                                  "(its content is in § 92). Write »Lovgrundlag: Barnets lov § 91«, or the provision the "
                                  "municipality's plan actually cites.")),
               std::move(fixes));
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(outdated_law_reference, OutdatedLawReference)

}  // namespace planlint::rules
