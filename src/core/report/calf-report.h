/* calf-report.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "calf-answers.h"
#include "calf-question-flow.h"
#include "calf-result.h"

G_BEGIN_DECLS

/*
 * CalfReport: what a printed or exported report says, in translated words,
 * independent of any format. It is built once from a result and the answers
 * that led to it; every renderer (PDF and printing through the shared page
 * layout, HTML, Markdown, plain text, JSON) reads only this model, so all
 * formats say the same thing. Immutable once built.
 */

#define CALF_TYPE_REPORT (calf_report_get_type ())
G_DECLARE_FINAL_TYPE (CalfReport, calf_report, CALF, REPORT, GObject)

typedef enum
{
  CALF_REPORT_FORMAT_PDF,
  CALF_REPORT_FORMAT_HTML,
  CALF_REPORT_FORMAT_MARKDOWN,
  CALF_REPORT_FORMAT_TEXT,
  CALF_REPORT_FORMAT_JSON,
} CalfReportFormat;

#define CALF_REPORT_N_FORMATS 5

/* Section headings, shared by every format. */
typedef enum
{
  CALF_REPORT_SECTION_TRIAGE,
  CALF_REPORT_SECTION_CAUSES,
  CALF_REPORT_SECTION_EXERCISES,
  CALF_REPORT_SECTION_WITHHELD,
  CALF_REPORT_SECTION_SAFETY,
  CALF_REPORT_SECTION_ANSWERS,
  CALF_REPORT_SECTION_REFERENCES,
  CALF_REPORT_SECTION_ABOUT,
  CALF_REPORT_SECTION_COULD_CHANGE,
  CALF_REPORT_SECTION_PROGRESS,
} CalfReportSection;

#define CALF_REPORT_N_SECTIONS 10

/* Small labels, shared by every format. */
typedef enum
{
  CALF_REPORT_LABEL_DATE,
  CALF_REPORT_LABEL_LEG,
  CALF_REPORT_LABEL_REGION,
  CALF_REPORT_LABEL_PERSON,
  CALF_REPORT_LABEL_LEVEL,
  CALF_REPORT_LABEL_WHY,
  CALF_REPORT_LABEL_LIKELIHOOD,
  CALF_REPORT_LABEL_POINTS_TOWARDS,
  CALF_REPORT_LABEL_POINTS_AWAY,
  CALF_REPORT_LABEL_DOSE,
  CALF_REPORT_LABEL_STEPS,
  CALF_REPORT_LABEL_QUESTION,
  CALF_REPORT_LABEL_ANSWER,
  CALF_REPORT_LABEL_APP_VERSION,
  CALF_REPORT_LABEL_DATABASE_VERSION,
  CALF_REPORT_LABEL_NONE_ANSWERED,
  CALF_REPORT_LABEL_NO_EXERCISES,
  CALF_REPORT_LABEL_CAUSE,
  CALF_REPORT_LABEL_EXERCISE,
  CALF_REPORT_LABEL_REASON,
  CALF_REPORT_LABEL_COULD_CHANGE,
} CalfReportLabel;

#define CALF_REPORT_N_LABELS 21

typedef struct
{
  char *id;        /* question id, or the finding id when no question set it */
  char *question;  /* the question as asked, or the finding's label */
  char *answer;    /* "Yes", "No", "Not sure", a choice's label or "6 cm" */
} CalfReportAnswer;

typedef struct
{
  char      *id;
  char      *name;
  char      *summary;
  char      *likelihood;  /* plain band label: "Strong match" */
  double     score;       /* in [0, 1] */
  GPtrArray *towards;     /* of char *: labels of answers that point towards it */
  GPtrArray *away;        /* of char *: labels of answers that point away */
} CalfReportCause;

typedef struct
{
  char   *id;
  char   *name;
  char   *purpose;
  char   *dose;          /* its days on the plan's week, then calf_exercise_plan_dose_to_string () */
  GStrv   steps;
  char   *stop_if;
  char   *illustration;  /* file name, nullable */
  GBytes *svg;           /* the drawing, NULL when it could not be found */
} CalfReportExercise;

typedef struct
{
  char *id;
  char *name;
  char *reason;
} CalfReportWithheld;

typedef struct
{
  char *title;
  char *text;
} CalfReportSafety;

/* One line of the Progress section: an entry of the history. */
typedef struct
{
  char *date;
  char *title;     /* "Pain 3/10", "Eccentric heel drop…" */
  char *detail;    /* may be empty */
} CalfReportProgressItem;

typedef struct
{
  char *id;
  char *authors;   /* nullable */
  char *title;
  char *source;
  int   year;
  char *url;       /* nullable */
} CalfReportReference;

/* @created is when the assessment was made: pass it in so that output is
 * reproducible. */
CalfReport      *calf_report_new                 (CalfResult       *result,
                                                  CalfAnswers      *answers,
                                                  GDateTime        *created);
/* Lists the replies as given, including "Not sure". */
CalfReport      *calf_report_new_for_flow        (CalfQuestionFlow *flow,
                                                  GDateTime        *created);

CalfResult      *calf_report_get_result          (CalfReport *self);
const char      *calf_report_get_title           (CalfReport *self);
GDateTime       *calf_report_get_created         (CalfReport *self);
/* "20 November 2026, 14:05" in the user's language. */
const char      *calf_report_get_date_text       (CalfReport *self);
const char      *calf_report_get_region_name     (CalfReport *self);
/* "Left leg", "Right leg" or "Both legs". */
const char      *calf_report_get_leg_text        (CalfReport *self);
/* "Age 39, male", or NULL when neither is known. */
const char      *calf_report_get_person_text     (CalfReport *self);

CalfTriageLevel  calf_report_get_triage_level    (CalfReport *self);
/* The level in a few words, never colour alone: "Urgent (today)". */
const char      *calf_report_get_triage_label    (CalfReport *self);
const char      *calf_report_get_triage_title    (CalfReport *self);
const char      *calf_report_get_triage_advice   (CalfReport *self);
/* Of char *: why the triage is what it is (answers and reasons). */
GPtrArray       *calf_report_get_triage_why      (CalfReport *self);
/* Of char *: how the advice changed while answering, in plain words. */
GPtrArray       *calf_report_get_triage_notes    (CalfReport *self);
/* Of char *: "What could change this advice", an answer given as "Not
 * sure" and what to do if it is yes; most urgent first. */
GPtrArray       *calf_report_get_changes         (CalfReport *self);

GPtrArray       *calf_report_get_causes          (CalfReport *self); /* of CalfReportCause * */
GPtrArray       *calf_report_get_answers         (CalfReport *self); /* of CalfReportAnswer * */
GPtrArray       *calf_report_get_exercises       (CalfReport *self); /* of CalfReportExercise * */
GPtrArray       *calf_report_get_withheld        (CalfReport *self); /* of CalfReportWithheld * */
GPtrArray       *calf_report_get_safety          (CalfReport *self); /* of CalfReportSafety * */
GPtrArray       *calf_report_get_references      (CalfReport *self); /* of CalfReportReference * */

/* The optional Progress section (the history, issue 15): a summary in
 * words and the entries, oldest first. @items (of CalfReportProgressItem
 * *) is taken. Without it a report has no Progress section. */
void             calf_report_set_progress        (CalfReport *self,
                                                  const char *summary,
                                                  GPtrArray  *items);
const char      *calf_report_get_progress_summary (CalfReport *self);
GPtrArray       *calf_report_get_progress_items  (CalfReport *self); /* nullable */
void             calf_report_progress_item_free  (CalfReportProgressItem *item);

/* What the report is and is not, one short paragraph. */
const char      *calf_report_get_statement       (CalfReport *self);
const char      *calf_report_get_app_version     (CalfReport *self);
const char      *calf_report_get_database_version (CalfReport *self);

const char      *calf_report_get_section_title   (CalfReportSection section);
const char      *calf_report_get_label           (CalfReportLabel   label);
/* "Smith J, Jones K (2020). Title. Source. https://…" */
char            *calf_report_reference_to_string (const CalfReportReference *reference);

/* Drawings of exercises, from the GResource compiled into calfcore
 * (/io/github/calfcheck/CalfCheck/exercises/). NULL when there is none. */
GBytes          *calf_report_load_illustration   (const char *file_name);

/* Formats. */
gboolean         calf_report_format_from_string  (const char       *str,
                                                  CalfReportFormat *format);
const char      *calf_report_format_to_string    (CalfReportFormat  format);
const char      *calf_report_format_get_extension (CalfReportFormat format);
const char      *calf_report_format_get_mime_type (CalfReportFormat format);
/* "PDF document", translated, for file chooser filters. */
const char      *calf_report_format_get_name     (CalfReportFormat  format);
char            *calf_report_format_for_file_name (const char       *name,
                                                   CalfReportFormat  fallback,
                                                   CalfReportFormat *format);
/* "calf-check-2026-11-20.pdf" */
char            *calf_report_suggest_file_name   (CalfReport       *self,
                                                  CalfReportFormat  format);

/* One answer of the question flow in words ("Not sure", "3 cm"). */
char            *calf_report_reply_text          (const CalfReply  *reply);

/* calf_render_report() (calf-render.h) writes it in any format. */

char            *calf_report_render_html         (CalfReport *self);
char            *calf_report_render_markdown     (CalfReport *self);
/* Wrapped at 72 columns. */
char            *calf_report_render_text         (CalfReport *self);
/* The `--assess` JSON plus the answers given. */
char            *calf_report_render_json         (CalfReport *self);

G_END_DECLS
