/* A plugin argument with trailing junk in its value:
     -fplugin-arg-vmapcheck-gfp-comp=0x4000g
   is an error that names the argument.  Notes that may follow it (e.g. a list
   of valid arguments) are pruned.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-gfp-comp=0x4000g" } */
/* { dg-error "vmapcheck: \[^\n\]*gfp-comp" "" { target *-*-* } 0 } */
/* { dg-prune-output ": note: " } */

int vmapcheck_option_test;
