/* calf-report-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-report.h"

G_BEGIN_DECLS

struct _CalfReport
{
  GObject          parent_instance;

  CalfResult      *result;
  GDateTime       *created;
  char            *date_text;
  char            *region_name;
  char            *leg_text;
  char            *person_text;

  CalfTriageLevel  level;
  char            *triage_title;
  char            *triage_advice;
  GPtrArray       *triage_why;   /* of char * */
  GPtrArray       *triage_notes; /* of char * */
  GPtrArray       *changes;      /* of char * */

  GPtrArray       *causes;       /* of CalfReportCause * */
  GPtrArray       *answers;      /* of CalfReportAnswer * */
  GPtrArray       *exercises;    /* of CalfReportExercise * */
  GPtrArray       *withheld;     /* of CalfReportWithheld * */
  GPtrArray       *safety;       /* of CalfReportSafety * */
  GPtrArray       *references;   /* of CalfReportReference * */

  char            *progress_summary; /* NULL: no Progress section */
  GPtrArray       *progress_items;   /* of CalfReportProgressItem * */
};

/* calf-report-build.c: every section from self->result. */
void   calf_report_build_sections  (CalfReport       *self);

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

G_END_DECLS
