/* calf-selftest.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"
#include "calf-question-flow.h"

G_BEGIN_DECLS

/*
 * Self-tests done on both legs: the knee-to-wall test (centimetres) and the
 * single-leg heel-raise test (repetitions). The result keeps both legs,
 * says in plain words what stands out, and feeds the affected side's value
 * into the assessment as the finding the database asks for
 * ("knee-to-wall-cm" or "heel-raise-count").
 *
 * Knee-to-wall: a side under 10 cm is flagged (the threshold is read from
 * the database's "knee-to-wall-restricted" rule), as is a difference of
 * more than 1.5 cm between the sides; both are conventions, not validated
 * cut-offs. Heel raises: compared with the database's age- and sex-adjusted
 * norm (less than the norm minus its margin is flagged) and with the other
 * leg (a difference larger than the same margin is flagged).
 */

typedef enum
{
  CALF_SELFTEST_KNEE_TO_WALL,
  CALF_SELFTEST_HEEL_RAISE,
} CalfSelftestKind;

#define CALF_SELFTEST_KNEE_TO_WALL_SIDE_DIFFERENCE_CM 1.5

#define CALF_SELFTEST_ERROR (calf_selftest_error_quark ())

typedef enum
{
  CALF_SELFTEST_ERROR_INVALID,  /* a value out of range, or the database lacks the finding */
} CalfSelftestError;

typedef struct
{
  CalfSelftestKind   kind;
  const CalfFinding *finding;        /* the number finding fed to the assessment */
  CalfSide           side;           /* the affected side (left or right, never both) */
  double             left;
  double             right;
  double             value;          /* the affected side's value */
  double             other;          /* the other side's value */
  double             difference;     /* |left - right| */
  double             threshold;      /* knee-to-wall: restricted below; heel raise: norm - margin; NAN when unknown */
  double             norm;           /* heel raise: typical count for the age and sex; NAN when unknown */
  gboolean           left_flagged;   /* under the threshold */
  gboolean           right_flagged;
  gboolean           side_difference;/* the sides differ by more than measurement noise */
  char              *summary;        /* plain words, translated */
} CalfSelftestResult;

GQuark              calf_selftest_error_quark        (void);

/* The self-test that answers @question, if any. */
gboolean            calf_selftest_kind_for_question  (const CalfQuestion *question,
                                                      CalfSelftestKind   *kind);
const char         *calf_selftest_kind_finding_id    (CalfSelftestKind    kind);
/* The question in @database that asks for the self-test's finding. */
const CalfQuestion *calf_selftest_lookup_question    (CalfDatabase       *database,
                                                      CalfSelftestKind    kind);

/* @affected: the painful side; with CALF_SIDE_BOTH the worse leg counts.
 * @age (negative when unknown) and @sex are used for the heel-raise norm. */
CalfSelftestResult *calf_selftest_evaluate           (CalfDatabase       *database,
                                                      CalfSelftestKind    kind,
                                                      double              left,
                                                      double              right,
                                                      CalfSide            affected,
                                                      double              age,
                                                      CalfSex             sex,
                                                      GError            **error);
/* Replies to the self-test's question in @flow with the affected side's value. */
gboolean            calf_selftest_result_apply       (const CalfSelftestResult *result,
                                                      CalfQuestionFlow   *flow,
                                                      GError            **error);
void                calf_selftest_result_free        (CalfSelftestResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalfSelftestResult, calf_selftest_result_free)

G_END_DECLS
