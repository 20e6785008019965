/* calf-selftest-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-selftest.h"

G_BEGIN_DECLS

/*
 * CalfSelftestPage: a self-test step by step (the knee-to-wall or the
 * single-leg heel-raise test): its drawing, why and how, an entry for each
 * leg, the result in plain words (what is flagged and why), and "Use These
 * Results", which emits ::apply with the CalfSelftestResult (the value for
 * the affected side goes into the assessment).
 */

#define CALF_TYPE_SELFTEST_PAGE (calf_selftest_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfSelftestPage, calf_selftest_page, CALF, SELFTEST_PAGE, AdwBin)

/* @affected: the painful side; @age (negative when unknown) and @sex for
 * the heel-raise norms. */
GtkWidget                *calf_selftest_page_new        (CalfDatabase     *database,
                                                         CalfSelftestKind  kind,
                                                         CalfSide          affected,
                                                         double            age,
                                                         CalfSex           sex);
CalfSelftestKind          calf_selftest_page_get_kind   (CalfSelftestPage *self);
/* Sets both legs' values, as typing them in does. */
void                      calf_selftest_page_set_values (CalfSelftestPage *self,
                                                         double            left,
                                                         double            right);
/* Evaluates the values entered and shows the summary; NULL (and the
 * problem shown) when a value is out of range. */
const CalfSelftestResult *calf_selftest_page_evaluate   (CalfSelftestPage *self);
const CalfSelftestResult *calf_selftest_page_get_result (CalfSelftestPage *self);

G_END_DECLS
