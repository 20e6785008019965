/* calf-report-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-report.h"

G_BEGIN_DECLS

/* Where src/core/meson.build compiles the drawings of data/exercises. */
#define CALF_REPORT_ILLUSTRATION_PATH "/io/github/calfcheck/CalfCheck/exercises/"

void   calf_report_answer_free     (CalfReportAnswer *answer);

/* calf-report-answers.c: fill @out with CalfReportAnswer *. */
void   calf_report_collect_answers (CalfAnswers      *answers,
                                    GPtrArray        *out);
void   calf_report_collect_replies (CalfQuestionFlow *flow,
                                    GPtrArray        *out);

/* calf-report-text.c: @text wrapped to @width columns, each line starting
 * with @first_indent (the first) or @indent (the others), appended to @out. */
void   calf_report_wrap_text       (GString          *out,
                                    const char       *text,
                                    guint             width,
                                    const char       *first_indent,
                                    const char       *indent);

/* calf-report-pdf.c */
GBytes *calf_report_render_pdf_default (CalfReport  *self,
                                        GError     **error);

G_END_DECLS
