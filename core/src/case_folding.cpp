#include "followups/case_folding.h"

#include "followups/ascii_text.h"
#include "icu_strings.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace followups
{

namespace
{

// ICU's full default folding of a code point beyond ASCII, on stack buffers: three code points at
// most. Returns the length written to `target`; 0 for a value that is no code point.
int32_t foldBeyondAscii(UChar32 c, UChar (&target)[8])
{
    UChar source[U16_MAX_LENGTH] = {};
    int32_t sourceLength = 0;
    UBool error = false;
    U16_APPEND(source, sourceLength, U16_MAX_LENGTH, c, error);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        u_strFoldCase(target, 8, source, sourceLength, U_FOLD_CASE_DEFAULT, &status);
    return error || U_FAILURE(status) ? 0 : length;
}

} // namespace

void appendCaseFolded(icu::UnicodeString& out, UChar32 c)
{
    if (c < 0x80) {
        out.append(static_cast<char16_t>(ascii::toLower(static_cast<char>(c))));
        return;
    }
    UChar target[8] = {};
    out.append(target, 0, foldBeyondAscii(c, target));
}

void appendCaseFolded(std::string& out, char32_t c)
{
    const auto codePoint = static_cast<UChar32>(c);
    if (codePoint < 0x80) {
        out += ascii::toLower(static_cast<char>(codePoint));
        return;
    }
    UChar target[8] = {};
    const int32_t targetLength = foldBeyondAscii(codePoint, target);
    for (int32_t index = 0; index < targetLength;) {
        UChar32 folded = 0;
        U16_NEXT(target, index, targetLength, folded);
        char bytes[U8_MAX_LENGTH];
        int32_t length = 0;
        U8_APPEND_UNSAFE(bytes, length, folded);
        out.append(bytes, static_cast<std::size_t>(length));
    }
}

bool isWhiteSpace(char32_t c)
{
    return c < 0x80 ? ascii::isSpace(static_cast<char>(c))
                    : u_isUWhiteSpace(static_cast<UChar32>(c));
}

} // namespace followups
