package org.ducha.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * The lifecycle as a Flowable BPMN process, as a Java team would model it: the complaint
 * starts a process (its receipt number the business key, its facts process variables)
 * whose user tasks are screening, transfer, sign-for, report and review; each step finds
 * the instance's open task and completes it with that step's variables. The repeat check
 * reads the instance's variables; the search finds the instance by business key in the
 * history. Flowable runs embedded in the benchmark's JVM on its own database on the same
 * PostgreSQL, history level {@code audit} (Flowable's default).
 */
final class FlowableLifecycle implements Lifecycle {

	static final String PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://ducha.org/bench">
			  <process id="complaint" name="信访件办理" isExecutable="true">
			    <startEvent id="registered"/>
			    <sequenceFlow id="f1" sourceRef="registered" targetRef="screen"/>
			    <userTask id="screen" name="甄别" flowable:candidateGroups="officers"/>
			    <sequenceFlow id="f2" sourceRef="screen" targetRef="transfer"/>
			    <userTask id="transfer" name="移交" flowable:candidateGroups="officers"/>
			    <sequenceFlow id="f3" sourceRef="transfer" targetRef="sign"/>
			    <userTask id="sign" name="签收" flowable:candidateGroups="handlers"/>
			    <sequenceFlow id="f4" sourceRef="sign" targetRef="report"/>
			    <userTask id="report" name="办理报告" flowable:candidateGroups="handlers"/>
			    <sequenceFlow id="f5" sourceRef="report" targetRef="review"/>
			    <userTask id="review" name="审核" flowable:candidateGroups="officers"/>
			    <sequenceFlow id="f6" sourceRef="review" targetRef="accepted">
			      <conditionExpression>${decision == 'ACCEPT'}</conditionExpression>
			    </sequenceFlow>
			    <sequenceFlow id="f7" sourceRef="review" targetRef="report">
			      <conditionExpression>${decision != 'ACCEPT'}</conditionExpression>
			    </sequenceFlow>
			    <endEvent id="accepted"/>
			  </process>
			</definitions>
			""";

	private final ProcessEngine engine;

	private final AtomicLong receipts = new AtomicLong();

	FlowableLifecycle(String jdbcUrl, int poolSize) {
		ProcessEngineConfiguration configuration = ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration()
			.setJdbcUrl(jdbcUrl)
			.setJdbcUsername("postgres")
			.setJdbcPassword("")
			.setJdbcDriver("org.postgresql.Driver")
			.setJdbcMaxActiveConnections(poolSize)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setAsyncExecutorActivate(false);
		this.engine = configuration.buildProcessEngine();
		if (this.engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("complaint").count() == 0) {
			this.engine.getRepositoryService()
				.createDeployment()
				.addString("complaint.bpmn20.xml", PROCESS)
				.name("ducha-bench")
				.deploy();
		}
		this.receipts.set(System.currentTimeMillis() % 100_000_000L * 100);
	}

	@Override
	public String name() {
		return "Flowable 8 (BPMN)";
	}

	@Override
	public List<String> steps() {
		return HttpLifecycle.STEPS;
	}

	@Override
	public void prepare(int clients) {
	}

	@Override
	public void run(int client, long n, Steps clock) {
		RuntimeService runtime = this.engine.getRuntimeService();
		TaskService tasks = this.engine.getTaskService();
		HistoryService history = this.engine.getHistoryService();
		Map<String, Object> body = HttpLifecycle.registration(n);
		@SuppressWarnings("unchecked")
		Map<String, Object> object = (Map<String, Object>) body.get("reportedObject");
		String receipt = "F7BENCH" + this.receipts.incrementAndGet();
		Map<String, Object> variables = new HashMap<>();
		variables.put("receivedAt", body.get("receivedAt"));
		variables.put("channel", "VISIT");
		variables.put("reportedObject", object.get("name"));
		variables.put("address", object.get("address"));
		variables.put("location", body.get("location"));
		variables.put("description", body.get("description"));
		variables.put("problemType", ((List<?>) body.get("problemTypes")).get(0));
		variables.put("regionCode", "141002");
		ProcessInstance instance = runtime.startProcessInstanceByKey("complaint", receipt, variables);
		String id = instance.getId();
		clock.done(0);
		runtime.getVariables(id);
		clock.done(1);
		complete(tasks, id, Map.of("screening", "ACCEPT"));
		clock.done(2);
		clock.done(3);
		complete(tasks, id, Map.of("batchNumber", 1, "transferredBy", "bench-officer"));
		clock.done(4);
		tasks.createTaskQuery().processInstanceId(id).taskCandidateGroup("handlers").singleResult();
		clock.done(5);
		complete(tasks, id, Map.of("leaderInCharge", "副区长 某某", "leadUnit", "尧都区生态环境分局"));
		clock.done(6);
		Map<String, Object> report = new HashMap<>();
		report.put("verdict", "PARTLY_TRUE");
		report.put("investigation", "经现场核查，该单位治污设施未正常运行，群众反映的问题部分属实。");
		report.put("actions", "责令停产整改，立案处罚。");
		report.put("closure", "CLOSED");
		report.put("finesYuan", 50000);
		complete(tasks, id, report);
		clock.done(7);
		complete(tasks, id, Map.of("decision", "ACCEPT"));
		clock.done(8);
		if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(receipt).singleResult() == null) {
			throw new IllegalStateException("no instance for " + receipt);
		}
		clock.done(9);
	}

	private static void complete(TaskService tasks, String instance, Map<String, Object> variables) {
		Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
		tasks.complete(task.getId(), variables);
	}

	@Override
	public void close() {
		this.engine.close();
	}

}
