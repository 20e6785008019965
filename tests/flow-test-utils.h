/* flow-test-utils.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-about-you-page.h"
#include "calf-application.h"
#include "calf-question-page.h"
#include "calf-red-flag-page.h"
#include "calf-results-page.h"
#include "calf-start-page.h"
#include "calf-window.h"
#include "calf-window-private.h"

G_BEGIN_DECLS

/* Helpers for the tests that drive the assessment in a real window. They
 * press buttons the way a click, Enter or Space does (activation). */

CalfApplication *flow_test_start_app       (const char  *id_suffix);
CalfWindow      *flow_test_get_window      (CalfApplication *app);
GtkWidget       *flow_test_top             (CalfWindow  *window);
/* The window's question flow, and the question its visible page shows
 * (both asserted to exist). */
CalfQuestionFlow *flow_test_flow           (CalfWindow  *window);
const CalfQuestion *flow_test_question     (CalfWindow  *window);
void             flow_test_activate        (GtkWidget   *widget);
/* Chooses the region in the start page's list, as a person would. */
void             flow_test_choose_region   (CalfWindow  *window,
                                            const char  *region_id);
/* On the About You page: the age (NULL for none) and continue. */
void             flow_test_about_you       (CalfWindow  *window,
                                            const char  *age,
                                            CalfSex      sex);
void             flow_test_answer          (CalfWindow  *window,
                                            CalfReplyKind kind,
                                            const char  *choice_id);
/* Answers the question on screen from @findings (finding id → "true",
 * "false" or a number): yes/no questions default to No, choices to the
 * one whose findings match, a finding left out counting as false (on the
 * warning-sign screen "None of these" when all are left out; else "Not
 * sure"), numbers to Not sure. */
void             flow_test_answer_from     (CalfWindow  *window,
                                            GHashTable  *findings);
/* Answers until a page other than the question and About You pages is on
 * top, at most @max_questions times; returns the number answered. About
 * You takes "age" and "sex" from @findings. */
guint            flow_test_answer_all      (CalfWindow  *window,
                                            GHashTable  *findings,
                                            guint        max_questions);
/* (finding id, value string) pairs, NULL-terminated; strings are not copied. */
/* Waits until the autosave worker has written everything queued, i.e.
 * until the answers given are acknowledged on disk. */
void             flow_test_wait_saved      (CalfWindow  *window);
GHashTable      *flow_test_findings_new    (const char  *first_id,
                                            ...) G_GNUC_NULL_TERMINATED;

typedef struct
{
  int      width;
  int      height;
  gboolean dark;
} FlowTestShot;

#define FLOW_TEST_N_SHOTS 4
extern const FlowTestShot flow_test_shots[FLOW_TEST_N_SHOTS];

CalfWindow      *flow_test_open_window     (CalfApplication    *app,
                                            const FlowTestShot *shot);
/* win.show-exercise, as the results page's links do: TRUE when the
 * exercise's page is then on top. */
gboolean         flow_test_show_exercise   (CalfWindow         *window,
                                            const char         *exercise_id);

G_END_DECLS
