/* calf-answers.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"
#include "calf-json-reader.h"

G_BEGIN_DECLS

/*
 * CalfAnswers: what the person told us. The assessed region and side, an
 * optional age and sex, and a value for each finding that was answered
 * (true/false or a number); a finding that is absent is unknown. Values
 * remember the order they were given in and the question that gave them.
 * The engine reads it; the question flow and the command line fill it.
 */

#define CALF_TYPE_ANSWERS (calf_answers_get_type ())
G_DECLARE_FINAL_TYPE (CalfAnswers, calf_answers, CALF, ANSWERS, GObject)

typedef struct
{
  const CalfFinding  *finding;
  double              value;     /* 0 or 1 for boolean findings */
  const CalfQuestion *question;  /* nullable: the question that set it */
} CalfAnswer;

CalfAnswers       *calf_answers_new            (CalfDatabase      *database);
CalfAnswers       *calf_answers_copy           (CalfAnswers       *self);
CalfDatabase      *calf_answers_get_database   (CalfAnswers       *self);

const CalfRegion  *calf_answers_get_region     (CalfAnswers       *self);
void               calf_answers_set_region     (CalfAnswers       *self,
                                                const CalfRegion  *region);
CalfSide           calf_answers_get_side       (CalfAnswers       *self);
void               calf_answers_set_side       (CalfAnswers       *self,
                                                CalfSide           side);
/* Age in years; a negative value means unknown. */
double             calf_answers_get_age        (CalfAnswers       *self);
gboolean           calf_answers_set_age        (CalfAnswers       *self,
                                                double             age,
                                                GError           **error);
void               calf_answers_unset_age      (CalfAnswers       *self);
CalfSex            calf_answers_get_sex        (CalfAnswers       *self);
void               calf_answers_set_sex        (CalfAnswers       *self,
                                                CalfSex            sex);

/* Sets a boolean or number finding; a value out of the finding's range, a
 * fraction for a whole-number finding, or a derived finding is an error.
 * Setting a finding again replaces its value and moves it to the end. */
gboolean           calf_answers_set_boolean    (CalfAnswers       *self,
                                                const CalfFinding *finding,
                                                gboolean           value,
                                                const CalfQuestion *question,
                                                GError           **error);
gboolean           calf_answers_set_number     (CalfAnswers       *self,
                                                const CalfFinding *finding,
                                                double             value,
                                                const CalfQuestion *question,
                                                GError           **error);
/* "Not sure": asked, and the person did not know. Replaces a value. */
void               calf_answers_set_unsure     (CalfAnswers       *self,
                                                const CalfFinding *finding,
                                                const CalfQuestion *question);
gboolean           calf_answers_is_unsure      (CalfAnswers       *self,
                                                const CalfFinding *finding);
/* In the order given; each has value NAN. */
guint              calf_answers_get_n_unsure   (CalfAnswers       *self);
const CalfAnswer  *calf_answers_get_unsure     (CalfAnswers       *self,
                                                guint              position);
void               calf_answers_unset          (CalfAnswers       *self,
                                                const CalfFinding *finding);
/* Drops every value the question set. */
void               calf_answers_unset_question (CalfAnswers       *self,
                                                const CalfQuestion *question);
void               calf_answers_clear          (CalfAnswers       *self);

/* TRUE and the value when known. */
gboolean           calf_answers_lookup         (CalfAnswers       *self,
                                                const CalfFinding *finding,
                                                double            *value);
/* In the order given; the pointers stay valid until the next change. */
guint              calf_answers_get_n_answers  (CalfAnswers       *self);
const CalfAnswer  *calf_answers_get_answer     (CalfAnswers       *self,
                                                guint              position);

/* Reads the `calf-check --assess` input format (see data/README.md) through
 * the strict reader. @name (nullable: "input") names it in errors, which
 * name the field: "in.json: findings.knee-to-wall-cm: expected a number
 * from 0 to 30". */
CalfAnswers       *calf_answers_new_from_json  (CalfDatabase      *database,
                                                const char        *name,
                                                const char        *data,
                                                gssize             length,
                                                GError           **error);
/* The same object already parsed (also the `--interview` first line, then
 * without findings); errors are CALF_JSON_ERROR (calf-json-reader.h). */
CalfAnswers       *calf_answers_new_from_json_object (CalfDatabase   *database,
                                                      CalfJsonReader *reader,
                                                      JsonObject     *object,
                                                      gboolean        allow_findings,
                                                      GError        **error);
/* Writes the same format back. */
char              *calf_answers_to_json        (CalfAnswers       *self);

#define CALF_ANSWERS_ERROR (calf_answers_error_quark ())

typedef enum
{
  CALF_ANSWERS_ERROR_SYNTAX,   /* not JSON */
  CALF_ANSWERS_ERROR_INVALID,  /* unknown key or id, wrong type, out of range */
} CalfAnswersError;

GQuark             calf_answers_error_quark    (void);

G_END_DECLS
