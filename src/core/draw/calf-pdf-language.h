/* calf-pdf-language.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Gives the PDF in @pdf its language (the catalogue's /Lang, which screen
 * readers and search use), as an incremental update appended to it: a new
 * version of the catalogue object and a cross-reference section for it.
 * @pdf must be a PDF with classic cross-reference tables (cairo writes
 * those for PDF 1.4). @language is a BCP 47 tag such as "de" or "pt-BR".
 * Returns FALSE, changing nothing, when @pdf is not such a file or
 * @language is not a plain tag; TRUE when the language was added or the
 * catalogue already names one. */
gboolean calf_pdf_set_language (GByteArray *pdf,
                                const char *language);

G_END_DECLS
