#include "title_words.h"

#include <array>

namespace followups::title_words
{
namespace
{

// Google ("Invitation: …", "Updated invitation with note: …", "Canceled event: …", in the
// languages Google writes them), Outlook and Exchange ("Canceled: …", "Accepted: …") and mail
// clients forwarding an invite ("FW: …", "WG: …").
constexpr std::array statusPrefixList = std::to_array<std::string_view>({
    "invitation", "updated invitation", "invitation with note", "updated invitation with note",
    "new event", "canceled event", "cancelled event", "canceled event with note",
    "cancelled event with note", "canceled", "cancelled", "updated", "accepted", "declined",
    "tentative", "tentatively accepted", "new time proposed", "fw", "fwd", "re",
    // German
    "einladung", "aktualisierte einladung", "abgesagt", "abgesagter termin",
    "abgesagte veranstaltung", "zugesagt", "angenommen", "abgelehnt", "mit vorbehalt", "wg", "aw",
    // French
    "invitation mise à jour", "événement annulé", "annulé", "annulée", "accepté", "refusé",
    "provisoire", "tr",
    // Spanish, Portuguese
    "invitación", "invitación actualizada", "evento cancelado", "cancelado", "cancelada",
    "aceptado", "rechazado", "convite", "convite atualizado", "aceito", "recusado", "rv",
    // Italian
    "invito", "invito aggiornato", "evento annullato", "annullato", "accettato", "rifiutato",
    // Dutch
    "uitnodiging", "bijgewerkte uitnodiging", "geannuleerd", "geannuleerde gebeurtenis",
    "geaccepteerd", "geweigerd",
});

constexpr std::array stageWordList = std::to_array<std::string_view>({
    // English: the medium, the round, the kind, who leads it, fillers
    "phone", "telephone", "telephonic", "video", "call", "zoom", "teams", "microsoft teams",
    "google meet", "meet", "skype", "webex", "hangout", "hangouts", "onsite", "on site", "in person",
    "remote", "virtual", "online", "initial", "intro", "introductory", "introduction", "first",
    "second", "third", "fourth", "fifth", "final", "last", "next", "follow up", "1st", "2nd", "3rd",
    "4th", "5th", "one", "two", "three", "four", "five", "round", "rounds", "stage", "step", "part",
    "loop", "panel", "technical", "tech", "coding", "live coding", "pairing", "pair programming",
    "system design", "design", "behavioral", "behavioural", "cultural", "culture", "fit", "values",
    "case", "case study", "take home", "homework", "assignment", "challenge", "exercise",
    "presentation", "whiteboard", "deep dive", "recruiter", "recruiting", "recruitment", "hr",
    "hiring manager", "hiring team", "team fit", "team match", "screen", "screening", "chat",
    "coffee chat", "conversation", "talk", "meeting", "catch up", "debrief",
    "meet and greet", "interviewing", "candidate", "applicant", "job", "scheduled", "confirmed",
    "confirmation", "reminder", "rescheduled", "updated", "new", "upcoming", "min", "mins",
    "minute", "minutes", "hour", "hours", "your", "my", "our", "the", "a", "an", "cet", "cest",
    "pst", "pdt", "est", "edt", "gmt", "utc", "bst",
    // German
    "telefon", "telefonisch", "telefonisches", "telefonische", "telefoninterview", "videocall",
    "videointerview", "vor ort", "persönlich", "persönliches", "erstes", "erste", "zweites",
    "zweite", "drittes", "dritte", "finales", "letztes", "runde", "technisch", "technisches",
    "technische", "fachlich", "fachliches", "kennenlernen", "kennenlerngespräch", "gespräch",
    "termin", "ihr", "dein", "mein", "das", "der", "die", "ein", "eine",
    // French
    "téléphonique", "téléphone", "visio", "visioconférence", "vidéo", "sur site", "présentiel",
    "premier", "première", "deuxième", "seconde", "troisième", "finale", "dernier", "dernière",
    "tour", "étape", "technique", "rh", "recruteur", "appel", "échange", "rencontre", "le", "la",
    "les", "un", "une", "votre", "mon", "ma",
    // Spanish, Portuguese
    "telefónica", "telefónico", "telefônica", "llamada", "videollamada", "chamada",
    "videochamada", "presencial", "en persona", "primera", "primer", "primeira", "segunda",
    "segundo", "tercera", "ronda", "etapa", "técnica", "técnico", "rrhh", "reclutador",
    "reclutadora", "recrutador", "recrutadora", "el", "tu", "su",
    // Italian
    "telefonico", "telefonica", "videochiamata", "chiamata", "di persona", "primo", "terzo",
    "tecnico", "tecnica", "selezione", "il", "lo", "una",
    // Dutch
    "telefonische", "eerste", "tweede", "derde", "laatste", "ronde", "technische", "kennismaking",
    "kennismakingsgesprek", "gesprek", "het", "een", "je", "jouw",
    // Swedish, Norwegian, Danish, Finnish
    "telefonisk", "första", "andra", "sista", "teknisk", "tekniska", "digital", "første", "andre",
    "anden", "siste", "sidste", "puhelin", "ensimmäinen", "toinen", "viimeinen", "tekninen",
    // Polish, Czech, Slovak, Hungarian, Turkish
    "telefoniczna", "pierwsza", "druga", "trzecia", "ostatnia", "finałowa", "techniczna", "etap",
    "telefonický", "první", "druhý", "technický", "kolo", "telefonos", "első", "második",
    "technikai", "kör", "ilk", "ikinci", "teknik", "görüntülü",
    // Russian, Ukrainian, Greek
    "телефонное", "первое", "второе", "финальное", "техническое", "этап", "звонок", "онлайн",
    "технічна", "перша", "друга", "телефонна", "етап", "τηλεφωνική", "πρώτη", "δεύτερη",
    "τεχνική",
    // Japanese, Chinese, Korean (found inside words)
    "一次", "二次", "三次", "最終", "電話", "オンライン", "技術", "カジュアル", "面談", "一面",
    "二面", "三面", "终面", "电话", "视频", "技术", "线上", "现场", "初试", "复试", "1차", "2차",
    "최종", "전화", "화상", "기술",
});

constexpr std::array atWordList = std::to_array<std::string_view>({
    "at", "@", "bei", "chez", "auprès de", "presso", "bij", "hos", "в", "во", "w",
});

constexpr std::array withWordList = std::to_array<std::string_view>({
    "with", "w/", "mit", "avec", "con", "met", "com", "med", "z", "ze", "с", "со", "between",
    "zwischen", "entre", "tra", "tussen",
});

constexpr std::array forWordList = std::to_array<std::string_view>({
    "for", "for the", "for the position of", "for the role of", "for the position",
    "for the role", "für", "für die stelle", "für die stelle als", "für die position",
    "als", "pour", "pour le poste de", "pour le poste", "para", "para el puesto de",
    "para el puesto", "para la posición de", "per", "per la posizione di", "per il ruolo di",
    "per la posizione", "voor", "voor de functie van", "voor de functie", "voor de rol van",
    "como", "na stanowisko", "för", "för tjänsten som",
});

constexpr std::array andWordList = std::to_array<std::string_view>({
    "and", "&", "und", "et", "y", "e", "og", "och", "ja", "és", "ve", "и", "і", "και", "和", "と",
});

constexpr std::array roleWordList = std::to_array<std::string_view>({
    // English
    "engineer", "engineering", "developer", "dev", "programmer", "coder", "architect", "manager",
    "lead", "director", "head", "vp", "vice president", "president", "chief", "officer", "cto",
    "ceo", "cfo", "coo", "cio", "ciso", "analyst", "scientist", "researcher", "designer",
    "consultant", "specialist", "expert", "administrator", "admin", "technician", "intern",
    "internship", "trainee", "apprentice", "associate", "assistant", "coordinator",
    "representative", "rep", "executive", "accountant", "auditor", "controller", "lawyer",
    "attorney", "counsel", "paralegal", "nurse", "physician", "doctor", "pharmacist", "therapist",
    "teacher", "lecturer", "professor", "postdoc", "tutor", "writer", "editor", "copywriter",
    "marketer", "marketing", "sales", "support", "operations", "ops", "devops", "sre", "qa",
    "sdet", "swe", "sde", "tester", "owner", "scrum master", "advisor", "adviser", "agent", "clerk",
    "cashier", "chef", "cook", "driver", "mechanic", "electrician", "operator", "planner", "buyer",
    "strategist", "producer", "artist", "animator", "photographer", "journalist", "fullstack",
    "full stack", "frontend", "front end", "backend", "back end", "senior", "junior", "staff",
    "principal", "graduate", "student", "freelancer", "contractor", "recruiter",
    // German
    "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "leiter",
    "leiterin", "referent", "referentin", "sachbearbeiter", "sachbearbeiterin", "werkstudent",
    "werkstudentin", "praktikant", "praktikantin", "managerin", "architekt", "architektin",
    "analystin", "assistenz", "kaufmann", "kauffrau", "fachkraft", "mitarbeiter", "mitarbeiterin",
    // French
    "développeur", "développeuse", "ingénieure", "chef de projet", "chargé", "chargée",
    "responsable", "consultante", "stagiaire", "alternant", "alternante", "analyste", "architecte",
    "directeur", "directrice", "technicien", "technicienne", "commercial", "commerciale",
    "comptable", "gestionnaire",
    // Spanish, Portuguese
    "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "analista", "jefe", "jefa",
    "gerente", "consultor", "consultora", "becario", "becaria", "arquitecto", "arquitecta",
    "directora", "programador", "programadora", "desenvolvedor", "desenvolvedora", "engenheiro",
    "engenheira", "estagiário", "estagiária",
    // Italian
    "sviluppatore", "sviluppatrice", "ingegnere", "consulente", "stagista", "tirocinante",
    "programmatore", "programmatrice", "progettista",
    // Dutch
    "ontwikkelaar", "medewerker", "medewerkster", "adviseur", "stagiair", "beheerder",
    "programmeur", "teamleider",
    // Nordic, Polish, Czech, Hungarian, Turkish, Russian, Ukrainian, Greek
    "utvecklare", "ingenjör", "systemutvecklare", "konsult", "projektledare", "kehittäjä",
    "insinööri", "asiantuntija", "suunnittelija", "programista", "programistka", "inżynier",
    "specjalista", "specjalistka", "kierownik", "analityk", "stażysta", "vývojář", "inženýr",
    "analytik", "programátor", "fejlesztő", "mérnök", "elemző", "mühendis", "mühendisi",
    "geliştirici", "geliştiricisi", "uzman", "uzmanı", "analist", "yönetici", "разработчик",
    "инженер", "аналитик", "менеджер", "программист", "тестировщик", "руководитель", "стажёр",
    "стажер", "розробник", "інженер", "аналітик", "програміст", "μηχανικός",
    "προγραμματιστής", "αναλυτής",
    // Japanese, Chinese, Korean (found inside words)
    "エンジニア", "開発", "デザイナー", "マネージャー", "営業", "工程师", "开发", "經理", "经理",
    "设计师", "分析师", "产品", "研发", "엔지니어", "개발자", "디자이너", "매니저",
});

// German compounds name the job in their last part: "Softwareentwicklerin", "Projektleiter".
constexpr std::array roleEndingList = std::to_array<std::string_view>({
    "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "leiter",
    "leiterin", "manager", "managerin", "referent", "referentin", "architekt", "architektin",
    "analyst", "analystin", "designer", "designerin", "administrator", "administratorin",
    "engineer", "developer", "techniker", "technikerin", "assistent", "assistentin", "spezialist",
    "spezialistin", "ontwikkelaar", "utvecklare", "kehittäjä",
});

constexpr std::array companyWordList = std::to_array<std::string_view>({
    "inc", "inc.", "incorporated", "ltd", "ltd.", "limited", "llc", "llp", "gmbh", "ag", "kg",
    "se", "sa", "s.a.", "sas", "sarl", "srl", "s.r.l.", "spa", "s.p.a.", "bv", "b.v.", "nv", "n.v.",
    "ab", "a/s", "oy", "oyj", "plc", "pty", "corp", "corp.", "corporation", "co.", "company",
    "group", "holding", "holdings", "labs", "lab", "technologies", "systems", "solutions",
    "ventures", "studios", "bank", "university", "universität", "université", "universidad",
    "hospital", "klinikum", "institute", "institut", "foundation", "stiftung", "株式会社",
    "有限公司", "公司", "주식회사",
});

} // namespace

std::span<const std::string_view> statusPrefixes()
{
    return statusPrefixList;
}

std::span<const std::string_view> stageWords()
{
    return stageWordList;
}

std::span<const std::string_view> atWords()
{
    return atWordList;
}

std::span<const std::string_view> withWords()
{
    return withWordList;
}

std::span<const std::string_view> forWords()
{
    return forWordList;
}

std::span<const std::string_view> andWords()
{
    return andWordList;
}

std::span<const std::string_view> roleWords()
{
    return roleWordList;
}

std::span<const std::string_view> roleEndings()
{
    return roleEndingList;
}

std::span<const std::string_view> companyWords()
{
    return companyWordList;
}

} // namespace followups::title_words
