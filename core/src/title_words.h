// The words the title reader (title_reader.h) knows, in the languages of the interview keywords
// (policy.cpp): what services put around a title, the words that only say what kind of interview
// it is, the words that join a company or a role to the rest, and the words that make a piece of a
// title look like a role or like a company. Written in any case; each entry is one word or a
// phrase of words separated by single spaces, as the title reader splits titles into words.
#pragma once

#include <span>
#include <string_view>

namespace followups::title_words
{

// Prefixes calendar services and mail clients put before a title, without their colon:
// "Invitation", "Updated invitation", "Canceled event", "Accepted", "FW" …
std::span<const std::string_view> statusPrefixes();

// Words that say what kind of interview it is, or nothing at all ("phone", "final round",
// "hiring manager", "round", "your", "zoom"), and so are neither company nor role.
std::span<const std::string_view> stageWords();

// The stage words that also end company names ("Société Générale Tech", "Acme Video"): at the end
// of a name they say what kind of interview it is only beside another stage word ("Acme phone
// call") or a keyword.
std::span<const std::string_view> ambiguousStageWords();

// Words after which a company follows: "at", "@", "bei", "chez" …
std::span<const std::string_view> atWords();
// Words after which a company or a person follows: "with", "w/", "mit", "avec", "between" …
std::span<const std::string_view> withWords();
// Words after which a role follows: "for", "for the position of", "pour le poste de" …
std::span<const std::string_view> forWords();
// Words joining two persons: "and", "&", "und", "et" …
std::span<const std::string_view> andWords();

// Words of job titles ("engineer", "manager", "Entwickler", "エンジニア") and the endings of
// compounds that are job titles ("Softwareentwickler", "Projektleiterin").
std::span<const std::string_view> roleWords();
std::span<const std::string_view> roleEndings();
// Words of company names that no job title has ("Inc.", "GmbH", "Labs", "株式会社").
std::span<const std::string_view> companyWords();

} // namespace followups::title_words
