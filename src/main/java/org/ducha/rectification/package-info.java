/**
 * 整改: the inspection's feedback problems (督察反馈问题) claimed by the inspected government,
 * plans (整改方案) and their task ledger (清单制 + 责任制) with milestones, progress reports (调度)
 * against the expected progress (序时进度) and blue / yellow / red warnings, close-out (销号制:
 * application with task-specific evidence → acceptance → sign-off → public notice with
 * objections → written off → archived), look-backs (回头看) that reopen a rebound task,
 * special work groups (专项工作组) and per-site sub-plans (一矿一策).
 */
@ApplicationModule(
		allowedDependencies = { "shared", "accounts", "campaigns", "calendar", "casework", "disclosure", "stats" })
package org.ducha.rectification;

import org.springframework.modulith.ApplicationModule;
