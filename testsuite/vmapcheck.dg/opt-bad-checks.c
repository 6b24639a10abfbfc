/* 'checks=LIST' naming a check that does not exist is an error that names
   it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-checks=putpages,frobnicate" } */
/* { dg-error "vmapcheck: \[^\n\]*checks\[^\n\]*no check is called .frobnicate." "" { target *-*-* } 0 } */
/* { dg-prune-output "^cc1: error: failed to initialize plugin " } */

int vmapcheck_option_test;
