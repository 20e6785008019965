/* calf-condition-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-database.h"

G_BEGIN_DECLS

/* What a possible cause is: description, causes, symptoms, self-care,
 * when to see a doctor, recovery and the references it rests on. */

#define CALF_TYPE_CONDITION_PAGE (calf_condition_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfConditionPage, calf_condition_page, CALF, CONDITION_PAGE, GtkWidget)

GtkWidget           *calf_condition_page_new           (const CalfCondition *condition);
const CalfCondition *calf_condition_page_get_condition (CalfConditionPage   *self);

G_END_DECLS
