package org.ducha.accounts;

/**
 * What an officer does in a campaign. Granted as Spring Security authorities
 * {@code ROLE_<name>}.
 */
public enum Role {

	/** 受理登记员: registers complaints, may see the complainant's contact. */
	INTAKE_CLERK,

	/** 回访员: calls complainants back, may see the complainant's contact. */
	FOLLOWUP_OFFICER,

	/** 督察组工作人员: screens, transfers and reviews. */
	TEAM_OFFICER,

	/** 督察组领导: everything a team officer does, plus decisions reserved to leaders. */
	TEAM_LEADER,

	/** 地方承办人: a county or city handler, scoped to its regions. */
	LOCAL_HANDLER,

	/** 系统管理员: accounts and campaigns. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
