import type { FormState } from './form';

interface StageLike {
  id: number;
  is_won: boolean;
  is_lost: boolean;
}
interface PipelineLike {
  id: number;
  stages: StageLike[];
}

/** A new lead starts in the pipeline's first open stage (stages come in board order, §7.2). */
export function defaultStageId(pipeline: PipelineLike): number | null {
  return (pipeline.stages.find((stage) => !stage.is_won && !stage.is_lost) ?? pipeline.stages[0])?.id ?? null;
}

/**
 * Keeps the form's pipeline/stage when they still exist (remembered or drafted), else picks the
 * first pipeline and its first open stage. Returns the same form when nothing changes.
 */
export function withPipelineDefaults(form: FormState, pipelines: PipelineLike[]): FormState {
  const pipeline = pipelines.find((candidate) => candidate.id === form.syncro.pipelineId) ?? pipelines[0];
  if (!pipeline) return form;
  const stageId = pipeline.stages.some((stage) => stage.id === form.syncro.stageId) ? form.syncro.stageId : defaultStageId(pipeline);
  if (pipeline.id === form.syncro.pipelineId && stageId === form.syncro.stageId) return form;
  return { ...form, syncro: { ...form.syncro, pipelineId: pipeline.id, stageId } };
}
