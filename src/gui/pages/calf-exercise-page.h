/* calf-exercise-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-database.h"

G_BEGIN_DECLS

/*
 * CalfExercisePage: one exercise from the database: its drawing (following
 * light and dark style), purpose, numbered steps, dose, what it should feel
 * like, when to stop (with the pain-monitoring rule), cautions, and a
 * button that emits ::start-session.
 */

#define CALF_TYPE_EXERCISE_PAGE (calf_exercise_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfExercisePage, calf_exercise_page, CALF, EXERCISE_PAGE, AdwBin)

GtkWidget          *calf_exercise_page_new          (CalfDatabase     *database,
                                                     const CalfExercise *exercise);
const CalfExercise *calf_exercise_page_get_exercise (CalfExercisePage *self);

G_END_DECLS
