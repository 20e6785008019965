/* calf-interview.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-question-flow.h"

G_BEGIN_DECLS

/*
 * CalfInterview: the adaptive assessment as JSON lines, for
 * `calf-check --interview`, scripts and audits. It reads one line at a
 * time and answers with whole lines:
 *
 *   in:  {"region": ID, "side": "left"|"right"|"both", "age"?: N, "sex"?: S}
 *   out: {"question": {...}, "remaining": N}            (one per question)
 *   in:  {"reply": "yes"|"no"|"not-sure"|"cant-check"} | {"choice": ID}
 *        | {"number": X} | {"back": true}
 *   out: {"result": <what --assess prints>, "questions_asked": N}  (at the end)
 *
 * A line it cannot use gets {"error": "what to fix"} and the same question
 * again. Every line goes through the strict JSON reader. No GTK.
 */

#define CALF_TYPE_INTERVIEW (calf_interview_get_type ())
G_DECLARE_FINAL_TYPE (CalfInterview, calf_interview, CALF, INTERVIEW, GObject)

CalfInterview    *calf_interview_new         (CalfEngine    *engine);
/* Feeds one input line (without its newline); appends the output lines
 * (newly allocated, without newlines) to @output. */
void              calf_interview_feed        (CalfInterview *self,
                                              const char    *line,
                                              gsize          length,
                                              GPtrArray     *output);
/* Refuses a line the caller could not even read (too long): an error
 * naming the line, @why, and the same question again. */
void              calf_interview_reject      (CalfInterview *self,
                                              const char    *why,
                                              GPtrArray     *output);
gboolean          calf_interview_is_finished (CalfInterview *self);
/* NULL until the first line was accepted. */
CalfQuestionFlow *calf_interview_get_flow    (CalfInterview *self);
/* The question object of the protocol, as JSON on one line. */
char             *calf_interview_question_to_json (const CalfQuestion *question);

G_END_DECLS
