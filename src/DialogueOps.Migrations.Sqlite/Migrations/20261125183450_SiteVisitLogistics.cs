using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SiteVisitLogistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAt",
                table: "SiteVisitSignups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Confirmed",
                table: "SiteVisits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "HostContactEmail",
                table: "SiteVisits",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WaitlistTickets",
                table: "SiteVisits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "SiteVisitVehicles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteVisitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteVisitVehicles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiteVisitVehicles_SiteVisits_SiteVisitId",
                        column: x => x.SiteVisitId,
                        principalTable: "SiteVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SiteVisitVehicles_SiteVisitId",
                table: "SiteVisitVehicles",
                column: "SiteVisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SiteVisitVehicles");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "SiteVisitSignups");

            migrationBuilder.DropColumn(
                name: "Confirmed",
                table: "SiteVisits");

            migrationBuilder.DropColumn(
                name: "HostContactEmail",
                table: "SiteVisits");

            migrationBuilder.DropColumn(
                name: "WaitlistTickets",
                table: "SiteVisits");
        }
    }
}
