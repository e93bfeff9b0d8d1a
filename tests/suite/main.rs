//! The test suite, as one binary: most tests drive the library in-process (lexicons compiled
//! once per scenario and language); a few run the binary for exit codes, the terminal and a
//! killed call.

#![allow(dead_code)]

mod architecture;
mod authoring;
mod calibration;
mod caps;
mod class;
mod classifier;
mod debrief_notes;
mod desk_words;
mod false_criticals;
mod hardening;
mod impostor;
mod journal;
mod judgement;
mod known_slips;
mod last_chance;
mod learned_guards;
mod look_alikes;
mod names_and_rough_words;
mod newcomer;
mod password_asks;
mod properties;
#[cfg(unix)]
mod pty;
mod robustness;
mod scenarios;
mod set_r;
mod set_u;
mod sets_ab_and_zd;
mod sets_ae_and_zg;
mod sets_ai_and_zk;
mod sets_ak_and_zm;
mod sets_ao_and_zq;
mod sets_ar_and_zt;
mod sets_ba_and_zzc;
mod sets_bc_and_zze;
mod sets_be_and_zzg;
mod sets_bg_and_zzi;
mod sets_bi_and_zzk;
mod sets_bk_and_zzm;
mod sets_bm_and_zzo;
mod sets_bo_and_zzq;
mod sets_bq_and_zzs;
mod sets_bs_and_zzu;
mod sets_bu_and_zzw;
mod sets_by_and_zzza;
mod sets_ca_and_zzzc;
mod sets_cd_and_zzzg;
mod sets_cf_and_zzzj;
mod sets_ch_and_zzzl;
mod sets_cj_and_zzzn;
mod sets_cl_and_zzzp;
mod sets_cn_and_zzzr;
mod sets_cp_and_zzzt;
mod sets_cr_and_zzzv;
mod sets_ct_and_zzzx;
mod sets_cv_and_w51;
mod sets_cx_and_w52;
mod sets_cz_and_w53;
mod sets_db_and_w54;
mod sets_dd_and_w55;
mod sets_o_and_p;
mod sets_p_and_q;
mod sets_y_and_za;
mod sets_z_and_zb;
mod snapshots;
mod structure;
mod told_or_not;
mod understanding;
mod unseen_floors;
mod util;
mod validate;
mod warmth_and_promises;
