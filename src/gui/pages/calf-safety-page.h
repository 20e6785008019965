/* calf-safety-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-database.h"

G_BEGIN_DECLS

/*
 * CalfSafetyPage: the emergency number for this region (or the person's
 * own, from Preferences), the warning signs from the database's safety
 * statements grouped by what to do (call the emergency number, get help
 * today, see a doctor soon), general advice, and what the app cannot do.
 */

#define CALF_TYPE_SAFETY_PAGE (calf_safety_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfSafetyPage, calf_safety_page, CALF, SAFETY_PAGE, AdwBin)

GtkWidget  *calf_safety_page_new                  (CalfDatabase   *database,
                                                   GSettings      *settings);
const char *calf_safety_page_get_emergency_number (CalfSafetyPage *self);
/* The list of statements for @level (emergency, urgent, soon). */
GtkWidget  *calf_safety_page_get_list             (CalfSafetyPage *self,
                                                   CalfTriageLevel level);

G_END_DECLS
